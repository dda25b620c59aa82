import type { Dataset } from '../../src/shared/dataset/types';
import { readAttack } from './attack-reader';
import { applyCuratedGroups } from './apply-curated-groups';
import { buildAliases } from './build-aliases';
import { readCurated } from './curated-reader';
import { buildDataSources } from './data-sources';
import { finaliseGroups } from './finalise-groups';
import { joinBounties } from './join-bounties';
import { joinIncidents } from './join-incidents';
import { readAttackNotices } from './licence-notices';
import { makeMatchRule } from './match-rules';
import { mergeGroups } from './merge-groups';
import { readMicrosoftNorthKorea } from './microsoft-map-reader';
import { MISP_MICROSOFT_PATH, MISP_THREAT_ACTOR_PATH, readMispNorthKorea } from './misp-reader';
import { makeUsedBy } from './naming-schemes';
import { curatedDir as defaultCuratedDir } from './paths';
import { makeGroupResolver } from './resolve-group-names';
import { computeVersion } from './serialise';

export interface BuildOptions {
  curatedDir?: string;
  warn?: (message: string) => void;
}

/**
 * Builds the whole dataset in memory from the shared upstream files and the
 * curated files. Pure apart from reading files: no clock, no network, so the
 * same inputs always give the same bytes.
 */
export function buildDataset(sharedDir: string, options: BuildOptions = {}): Dataset {
  const warn = options.warn ?? ((message: string) => console.warn(`dataset: ${message}`));
  const curated = readCurated(options.curatedDir ?? defaultCuratedDir);

  const { drafts, claims } = mergeGroups({
    attack: readAttack(sharedDir),
    mispThreatActors: readMispNorthKorea(sharedDir, MISP_THREAT_ACTOR_PATH),
    mispMicrosoft: readMispNorthKorea(sharedDir, MISP_MICROSOFT_PATH),
    microsoftMap: readMicrosoftNorthKorea(sharedDir),
  });
  applyCuratedGroups(drafts, claims, curated.umbrellas, [curated.aliases, curated.koreanNames]);

  const groups = finaliseGroups(drafts, curated.groups, warn);
  const aliases = buildAliases(claims, makeUsedBy(curated.namingSchemes), makeMatchRule(curated.matchRules));
  const resolveGroup = makeGroupResolver(aliases);
  const sources = buildDataSources(curated.sources, readAttackNotices(sharedDir));

  // builtAt is the newest snapshot among the inputs, never the wall clock.
  const builtAt = sources.map((s) => s.snapshot ?? '').reduce((a, b) => (a > b ? a : b), '');

  const content: Omit<Dataset, 'version'> = {
    builtAt,
    sources,
    groups,
    aliases,
    bounties: joinBounties(curated.bounties.bounties, resolveGroup),
    incidents: joinIncidents(curated.incidents.incidents, resolveGroup),
  };
  return { version: computeVersion(content), ...content };
}
