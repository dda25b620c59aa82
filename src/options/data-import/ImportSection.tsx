import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../shared/import';
import type { ImportSummary } from '../../shared/views/state-views';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { Section } from '../../ui/components/Section';
import { useAction } from '../../ui/hooks/use-action';
import { readFileText } from '../../ui/read-file';
import { ImportList } from './ImportList';
import { ImportPreviewView } from './ImportPreviewView';

interface Pending {
  token: string;
  fileName: string;
  preview: ImportPreview;
}

/** Import a MISP galaxy or STIX file: choose, preview, then confirm or cancel. */
export function ImportSection({ imports }: { imports: ImportSummary[] }) {
  const action = useAction();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState('');

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setPending(null);
    setDone('');
    if (!file) {
      return;
    }
    const read = await readFileText(file);
    input.value = '';
    const answer = await action.run({ type: 'ui/import-preview', ...read });
    if (answer) {
      setPending({ token: answer.token, fileName: file.name, preview: answer.preview });
    }
  };

  const confirm = async () => {
    if (!pending) {
      return;
    }
    const answer = await action.run({ type: 'ui/import-confirm', token: pending.token });
    if (answer) {
      setDone(`Imported ${pending.fileName}.`);
      setPending(null);
    }
  };

  return (
    <Section id="import" title="Import data">
      <p class="muted">
        Add groups and names from a MISP galaxy cluster or a STIX 2 bundle. Nothing changes until you confirm
        the preview, and an import can be removed later.
      </p>
      <label class="file-button">
        <span>Choose a file to import</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={action.pending}
          onChange={(event) => void choose(event.currentTarget)}
        />
      </label>
      <ErrorAlert error={action.error} />
      <p role="status" class="notice-ok">
        {action.pending ? 'Reading the file…' : done}
      </p>
      {pending && (
        <div class="card stack">
          <ImportPreviewView fileName={pending.fileName} preview={pending.preview} />
          <div class="button-row">
            <button type="button" class="primary" disabled={action.pending} onClick={() => void confirm()}>
              Confirm import
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <h3>Imported files</h3>
      <ImportList imports={imports} />
    </Section>
  );
}
