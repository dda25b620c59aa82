import browser from 'webextension-polyfill';
import { parseBackup, serialiseBackup } from '../../shared/backup';
import { analyseImportFile, previewImport } from '../../shared/import';
import type { Handlers } from '../../shared/messages/dispatch';
import type { UiResponses } from '../../shared/messages/responses';
import type { UiRequest } from '../../shared/messages/ui-to-background';
import type { ImportRecord } from '../../shared/store/records';
import { dumpStore, restoreStore } from '../store/dump';
import { fail, type HandlerContext } from './context';

type StoreRequest = Extract<
  UiRequest,
  { type: 'ui/import-preview' | 'ui/import-confirm' | 'ui/import-remove' | 'ui/backup' | 'ui/restore' }
>;

// A previewed import waits in storage.session for the user's confirmation,
// so a service worker stopped in between does not lose it.
const pendingKey = (token: string) => `nktl:pending-import:${token}`;

export const uiStoreHandlers: Handlers<StoreRequest, UiResponses, HandlerContext> = {
  async 'ui/import-preview'(request, { runtime, now }) {
    // Matching against what we know lets entries about known groups land under their ids.
    const current = await runtime.dataset();
    const analysis = analyseImportFile(
      request.fileName,
      request.text,
      request.byteLength,
      now().toISOString(),
      current,
    );
    if (!analysis.ok) {
      fail(analysis.error.code, analysis.error.message);
    }
    const { record, skipped } = analysis.value;
    const token = crypto.randomUUID();
    await browser.storage.session.set({ [pendingKey(token)]: record });
    return { token, preview: previewImport(record, current, skipped) };
  },

  async 'ui/import-confirm'(request, { runtime }) {
    const key = pendingKey(request.token);
    const record = (await browser.storage.session.get(key))[key] as ImportRecord | undefined;
    if (!record) {
      fail('import-expired', 'This preview has expired. Choose the file again.');
    }
    // One put in one transaction: the import is in whole or not at all.
    await runtime.db.put('imports', record);
    await browser.storage.session.remove(key);
    await runtime.changed('dataset');
    return { importId: record.id };
  },

  async 'ui/import-remove'(request, { runtime }) {
    await runtime.db.delete('imports', request.id);
    await runtime.changed('dataset');
    return null;
  },

  async 'ui/backup'(_request, { runtime, now }) {
    const at = now().toISOString();
    return {
      text: serialiseBackup(await dumpStore(runtime.db), at),
      fileName: `nk-threat-lens-backup-${at.slice(0, 10)}.json`,
    };
  },

  async 'ui/restore'(request, { runtime }) {
    const parsed = parseBackup(request.text, request.byteLength);
    if (!parsed.ok) {
      fail(parsed.error.code, parsed.error.message);
    }
    await restoreStore(runtime.db, parsed.value);
    await runtime.changed('dataset');
    return null;
  },
};
