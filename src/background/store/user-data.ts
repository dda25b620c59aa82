import type { CustomTermInput, SiteRuleInput } from '../../shared/messages/fields';
import { parseSetting } from '../../shared/settings';
import type { CustomTerm, SettingRecord, SiteRule, WatchSwitch } from '../../shared/store/records';
import type { Store } from './open';

export interface UserData {
  watchSwitches: WatchSwitch[];
  customTerms: CustomTerm[];
  siteRules: SiteRule[];
  settings: SettingRecord[];
}

export async function readUserData(db: Store): Promise<UserData> {
  const tx = db.transaction(['watchSwitches', 'customTerms', 'siteRules', 'settings']);
  const [watchSwitches, customTerms, siteRules, settings] = await Promise.all([
    tx.objectStore('watchSwitches').getAll(),
    tx.objectStore('customTerms').getAll(),
    tx.objectStore('siteRules').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  customTerms.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  siteRules.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { watchSwitches, customTerms, siteRules, settings };
}

/** Only switched-off targets are stored, so "on" is the absence of a record. */
export async function setWatchSwitch(db: Store, target: string, enabled: boolean): Promise<void> {
  if (enabled) {
    await db.delete('watchSwitches', target);
  } else {
    await db.put('watchSwitches', { target, enabled: false });
  }
}

/** The record for a custom term: a new one, or `existing` updated (keeping its id and creation time). */
function customTermRecord(
  input: CustomTermInput,
  existing: CustomTerm | undefined,
  createdAt: string,
): CustomTerm {
  return {
    id: existing?.id ?? `custom:${crypto.randomUUID()}`,
    text: input.text,
    label: input.label,
    color: input.color.toLowerCase(),
    caseSensitive: input.caseSensitive,
    wholeWord: input.wholeWord,
    enabled: input.enabled,
    createdAt: existing?.createdAt ?? createdAt,
  };
}

export async function saveCustomTerm(db: Store, input: CustomTermInput, now: Date): Promise<CustomTerm> {
  const existing = input.id ? await db.get('customTerms', input.id) : undefined;
  const term = customTermRecord(input, existing, now.toISOString());
  await db.put('customTerms', term);
  return term;
}

/** Adds or updates many custom terms in one transaction (watch-list import): all or nothing. */
export async function saveCustomTerms(
  db: Store,
  inputs: readonly CustomTermInput[],
  now: Date,
): Promise<{ added: number; updated: number }> {
  const tx = db.transaction('customTerms', 'readwrite');
  const store = tx.objectStore('customTerms');
  const existing = await store.getAll();
  const byText = new Map(existing.map((term) => [term.text.toLowerCase(), term]));
  let added = 0;
  let updated = 0;
  for (const [index, input] of inputs.entries()) {
    const previous = byText.get(input.text.toLowerCase());
    if (previous) {
      updated++;
    } else {
      added++;
    }
    // Distinct createdAt per row keeps the imported order when sorted.
    await store.put(customTermRecord(input, previous, new Date(now.getTime() + index).toISOString()));
  }
  await tx.done;
  return { added, updated };
}

export async function saveSiteRule(db: Store, input: SiteRuleInput, now: Date): Promise<SiteRule> {
  const pattern = input.pattern.toLowerCase();
  const all = await db.getAll('siteRules');
  const existing = all.find((rule) => rule.pattern === pattern);
  const rule: SiteRule = {
    id: existing?.id ?? `site:${crypto.randomUUID()}`,
    pattern,
    mode: input.mode,
    createdAt: existing?.createdAt ?? now.toISOString(),
  };
  await db.put('siteRules', rule);
  return rule;
}

export async function setSetting(db: Store, key: string, value: unknown): Promise<void> {
  const parsed = parseSetting(key, value);
  if (!parsed) {
    throw Object.assign(
      new Error(`"${key.slice(0, 60)}" is not a setting, or the value has the wrong type.`),
      {
        code: 'bad-setting',
      },
    );
  }
  await db.put('settings', { key: parsed.key, value: parsed.value });
}
