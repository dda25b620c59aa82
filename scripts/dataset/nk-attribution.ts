/**
 * Decides from an ATT&CK description whether the intrusion set is attributed
 * to North Korea. A mention alone is not enough: Higaisa "targeted ... North
 * Korea" and Tonto Team targets South Korea. We look for the phrases ATT&CK
 * uses when it attributes a group: "North Korean state-sponsored",
 * "North Korea-based", "North Korea–aligned", "North Korean-linked",
 * "originating from DPRK", "attributed to ... North Korea".
 */
const ATTRIBUTION_PATTERNS: RegExp[] = [
  /\bNorth Korean?[\s\-\u2010-\u2015]*(?:state[\s-]sponsored|based|aligned|linked|nexus|backed)\b/iu,
  /\bDPRK[\s\-\u2010-\u2015]*(?:state[\s-]sponsored|based|aligned|linked|nexus|backed)\b/iu,
  /\boriginating from (?:the )?(?:DPRK|North Korea)\b/iu,
  /\battributed to (?:the )?(?:DPRK|North Korea|Democratic People's Republic of Korea)\b/iu,
];

/** Only the first paragraph: that is where ATT&CK states who a group is. */
export function isNorthKoreaAttributed(description: string): boolean {
  const firstParagraph = description.split(/\n\s*\n/u)[0] ?? '';
  return ATTRIBUTION_PATTERNS.some((pattern) => pattern.test(firstParagraph));
}
