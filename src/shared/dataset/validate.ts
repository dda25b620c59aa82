import type { Dataset, SourceLink } from './types';
import { isPartialIsoDate } from './dates';
import { aliasId, normaliseAliasName } from './normalise';

/**
 * Checks the invariants every consumer of the dataset relies on. Returns one
 * human-readable message per problem; an empty array means the dataset is valid.
 * The build refuses to write a dataset that fails, and imports can reuse it.
 */
export function validateDataset(d: Dataset): string[] {
  const problems: string[] = [];
  const report = (message: string): void => {
    problems.push(message);
  };

  if (typeof d.version !== 'string' || d.version.length === 0) {
    report('dataset: version is empty');
  }
  checkDate(d.builtAt, 'dataset.builtAt', report);

  const sourceIds = collectIds(d.sources, 'source', report);
  const groupIds = collectIds(d.groups, 'group', report);
  collectIds(d.aliases, 'alias', report);
  collectIds(d.bounties, 'bounty', report);
  collectIds(d.incidents, 'incident', report);

  for (const source of d.sources) {
    if (source.url !== undefined) {
      checkUrl(source.url, `source ${source.id}.url`, report);
    }
    if (source.snapshot !== undefined) {
      checkDate(source.snapshot, `source ${source.id}.snapshot`, report);
    }
  }

  for (const group of d.groups) {
    const where = `group ${group.id}`;
    if (group.sources.length === 0) {
      report(`${where}: has no sources`);
    }
    checkRefs(group.sources, sourceIds, `${where}.sources`, report);
    if (group.links.length === 0) {
      report(`${where}: has no links`);
    }
    checkLinks(group.links, `${where}.links`, report);
    checkRefs(group.parentIds, groupIds, `${where}.parentIds`, report);
    if (group.parentIds.includes(group.id)) {
      report(`${where}: is its own parent`);
    }
    if (group.firstSeen !== undefined) {
      checkDate(group.firstSeen, `${where}.firstSeen`, report);
    }
  }

  // Groups attached to each normalised alias name, to check disputes.
  const groupsByName = new Map<string, Set<string>>();
  for (const alias of d.aliases) {
    const key = normaliseAliasName(alias.name);
    const holders = groupsByName.get(key) ?? new Set<string>();
    holders.add(alias.groupId);
    groupsByName.set(key, holders);
  }

  for (const alias of d.aliases) {
    const where = `alias ${alias.id}`;
    if (!groupIds.has(alias.groupId)) {
      report(`${where}: groupId "${alias.groupId}" points nowhere`);
    }
    if (alias.id !== aliasId(alias.groupId, alias.name)) {
      report(`${where}: id should be "${aliasId(alias.groupId, alias.name)}"`);
    }
    if (alias.sources.length === 0) {
      report(`${where}: has no sources`);
    }
    checkRefs(alias.sources, sourceIds, `${where}.sources`, report);
    checkRefs(alias.alsoGroupIds, groupIds, `${where}.alsoGroupIds`, report);
    const holders = groupsByName.get(normaliseAliasName(alias.name)) ?? new Set<string>();
    if (holders.size > 1) {
      if (!alias.disputed) {
        report(`${where}: the same name is under ${[...holders].sort().join(', ')} but is not disputed`);
      }
      for (const other of holders) {
        if (other !== alias.groupId && !alias.alsoGroupIds.includes(other)) {
          report(`${where}: alsoGroupIds misses "${other}"`);
        }
      }
    }
    if (alias.disputed && alias.alsoGroupIds.length === 0) {
      report(`${where}: disputed without alsoGroupIds`);
    }
  }

  for (const bounty of d.bounties) {
    const where = `bounty ${bounty.id}`;
    checkDate(bounty.date, `${where}.date`, report);
    checkAmount(bounty.maxAmountUsd, `${where}.maxAmountUsd`, report);
    checkRefs(bounty.groupIds, groupIds, `${where}.groupIds`, report);
    if (bounty.sources.length === 0) {
      report(`${where}: has no source links`);
    }
    checkLinks(bounty.sources, `${where}.sources`, report);
  }

  for (const incident of d.incidents) {
    const where = `incident ${incident.id}`;
    checkDate(incident.date, `${where}.date`, report);
    if (incident.lossUsd !== null) {
      checkAmount(incident.lossUsd, `${where}.lossUsd`, report);
    }
    checkRefs(incident.groupIds, groupIds, `${where}.groupIds`, report);
    if (incident.sources.length === 0) {
      report(`${where}: has no source links`);
    }
    checkLinks(incident.sources, `${where}.sources`, report);
    incident.attributions.forEach((attribution, index) => {
      const at = `${where}.attributions[${index}]`;
      if (attribution.source === undefined || attribution.source === null) {
        report(`${at}: has no source`);
      } else {
        checkLinks([attribution.source], `${at}.source`, report);
      }
      if (attribution.date !== undefined) {
        checkDate(attribution.date, `${at}.date`, report);
      }
    });
  }

  return problems;
}

type Report = (message: string) => void;

function collectIds(records: { id: string }[], kind: string, report: Report): Set<string> {
  const seen = new Set<string>();
  for (const record of records) {
    if (typeof record.id !== 'string' || record.id.length === 0) {
      report(`${kind}: a record has an empty id`);
      continue;
    }
    if (seen.has(record.id)) {
      report(`${kind} ${record.id}: duplicate id`);
    }
    seen.add(record.id);
  }
  return seen;
}

function checkRefs(refs: string[], known: Set<string>, where: string, report: Report): void {
  for (const ref of refs) {
    if (!known.has(ref)) {
      report(`${where}: "${ref}" points nowhere`);
    }
  }
}

function checkLinks(links: SourceLink[], where: string, report: Report): void {
  for (const link of links) {
    checkUrl(link.url, where, report);
    if (typeof link.title !== 'string' || link.title.trim().length === 0) {
      report(`${where}: link ${link.url} has no title`);
    }
  }
}

function checkUrl(url: string, where: string, report: Report): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    report(`${where}: "${url}" is not an http(s) URL`);
  }
}

function checkDate(value: string, where: string, report: Report): void {
  if (typeof value !== 'string' || !isPartialIsoDate(value)) {
    report(`${where}: "${String(value)}" is not a real YYYY, YYYY-MM or YYYY-MM-DD date`);
  }
}

function checkAmount(value: number, where: string, report: Report): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value) || value < 0) {
    report(`${where}: ${String(value)} is not a non-negative whole number of dollars`);
  }
}
