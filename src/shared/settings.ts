import * as v from 'valibot';

/**
 * User settings. Only values the user changed are stored (one record per key);
 * everything else falls back to these defaults, so a new default reaches
 * existing users without a migration.
 */
export const settingsSchema = v.object({
  /** Master switch for highlighting everywhere. */
  enabled: v.boolean(),
  /** How mentions are drawn. */
  highlightStyle: v.picklist(['background', 'underline', 'outline']),
  /** Show the hover card when the pointer rests on a mention. */
  hoverCard: v.boolean(),
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  highlightStyle: 'background',
  hoverCard: true,
};

/** Validates one key/value pair, for messages and restores. */
export function parseSetting(key: string, value: unknown): { key: SettingKey; value: unknown } | null {
  if (!(key in DEFAULT_SETTINGS)) {
    return null;
  }
  const field = settingsSchema.entries[key as SettingKey];
  return v.safeParse(field, value).success ? { key: key as SettingKey, value } : null;
}

/** Defaults overlaid with the stored records; invalid stored values are ignored. */
export function resolveSettings(records: Iterable<{ key: string; value: unknown }>): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const record of records) {
    const parsed = parseSetting(record.key, record.value);
    if (parsed) {
      settings[parsed.key] = parsed.value;
    }
  }
  return settings as Settings;
}
