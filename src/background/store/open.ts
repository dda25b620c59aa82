import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, SCHEMA_VERSION, type ThreatLensDB } from './schema';
import { upgradeSchema } from './upgrade';

export type Store = IDBPDatabase<ThreatLensDB>;

const opening = new Map<string, Promise<Store>>();

/**
 * Opens (creating or upgrading) the store. Concurrent callers share one
 * open; when another context needs a newer version we close so its upgrade
 * is not blocked, and the next call reopens.
 */
export function openStore(name = DB_NAME): Promise<Store> {
  const existing = opening.get(name);
  if (existing) {
    return existing;
  }
  const pending = openDB<ThreatLensDB>(name, SCHEMA_VERSION, {
    upgrade: (db, oldVersion, newVersion, transaction) =>
      upgradeSchema(db, oldVersion, newVersion ?? SCHEMA_VERSION, transaction),
    blocking() {
      void pending.then((db) => db.close());
      opening.delete(name);
    },
    terminated() {
      opening.delete(name);
    },
  });
  opening.set(name, pending);
  pending.catch(() => opening.delete(name));
  return pending;
}

/** Forgets cached connections (tests that delete databases between cases). */
export async function closeAllStores(): Promise<void> {
  const all = [...opening.values()];
  opening.clear();
  for (const pending of all) {
    (await pending.catch(() => null))?.close();
  }
}
