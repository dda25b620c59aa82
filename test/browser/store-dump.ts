import type { Worker } from 'playwright-core';

/**
 * Every record of every object store, read in one transaction inside the
 * service worker and serialised, so two dumps can be compared byte for byte.
 */
export function rawStoreDump(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('nk-threat-lens');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names, 'readonly');
    const entries = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify(entries);
  });
}
