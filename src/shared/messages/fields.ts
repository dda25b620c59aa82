import * as v from 'valibot';

/** Building blocks shared by the message schemas: bounded, so a hostile sender cannot make us hold megabytes. */
export const shortText = v.pipe(v.string(), v.maxLength(2_000));
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
export const url = v.pipe(v.string(), v.maxLength(8_192));
export const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
export const frameId = v.pipe(v.number(), v.integer(), v.minValue(0));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
export const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i));

export const customTermInput = v.object({
  id: v.optional(id),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  label: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  color: colour,
  caseSensitive: v.boolean(),
  wholeWord: v.boolean(),
  enabled: v.boolean(),
});
export type CustomTermInput = v.InferOutput<typeof customTermInput>;

export const siteRuleInput = v.object({
  pattern: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  mode: v.picklist(['deny', 'allow']),
});
export type SiteRuleInput = v.InferOutput<typeof siteRuleInput>;
