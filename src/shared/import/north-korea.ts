/**
 * Does a file say an entry is North Korean? Used to decide which unknown
 * entries to take. Deliberately conservative: a description that mentions
 * North Korea as a *target* ("organizations in North Korea", "targeting North
 * Korean defectors") does not count, since groups from elsewhere spy on the DPRK.
 */

const NK_MENTION =
  /\b(?:north[\s-]+korean?|dprk|pyongyang|democratic\s+people'?s\s+republic\s+of\s+korea)\b/gi;
/** Words just before a mention that make it a target or location, not an attribution. */
const TARGET_CONTEXT =
  /\b(?:in|into|inside|within|against|targeting|targeted|targets|target|toward|towards|on|at|about|spying\s+on)\s+(?:the\s+)?$/i;
/** Words just after a mention that make it a topic or victim ("North Korean defectors"). */
const TOPIC_CONTEXT =
  /^(?:n)?\s*(?:defectors?|refugees?|human\s+rights|issues?|affairs|policy|studies|experts?|-related|\s+related|nuclear)/i;

export function textAttributesToNorthKorea(text: string): boolean {
  NK_MENTION.lastIndex = 0;
  for (let m = NK_MENTION.exec(text); m !== null; m = NK_MENTION.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!TARGET_CONTEXT.test(before) && !TOPIC_CONTEXT.test(after)) {
      return true;
    }
  }
  return false;
}

/** A country field or location/identity name that denotes North Korea. */
export function denotesNorthKorea(value: string): boolean {
  const v = value.trim().toLowerCase();
  return (
    v === 'kp' ||
    v === 'prk' ||
    v === 'north korea' ||
    v === 'dprk' ||
    /democratic\s+people'?s\s+republic\s+of\s+korea|korea\s*\(democratic\s+people'?s\s+republic\s+of\)/.test(
      v,
    )
  );
}
