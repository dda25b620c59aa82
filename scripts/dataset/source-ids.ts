/** DataSource ids, in the order the build trusts them when sources spell a name differently. */
export const SOURCE_IDS = {
  attack: 'mitre-attack',
  microsoftMap: 'microsoft-threat-actor-map',
  mispMicrosoft: 'misp-microsoft-activity-group',
  mispThreatActor: 'misp-threat-actor',
  curated: 'nktl-curated',
} as const;

export const SOURCE_PRIORITY: string[] = [
  SOURCE_IDS.attack,
  SOURCE_IDS.microsoftMap,
  SOURCE_IDS.mispMicrosoft,
  SOURCE_IDS.mispThreatActor,
  SOURCE_IDS.curated,
];

export function bySourcePriority(a: string, b: string): number {
  const rank = (id: string): number => {
    const index = SOURCE_PRIORITY.indexOf(id);
    return index === -1 ? SOURCE_PRIORITY.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
