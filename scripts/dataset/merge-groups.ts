import { normaliseAliasName } from '../../src/shared/dataset/normalise';
import type { AttackData } from './attack-reader';
import type { MicrosoftActor } from './microsoft-map-reader';
import type { MispActor } from './misp-reader';
import { addLink, slugify } from './group-draft';
import type { AliasClaim, GroupDraft } from './group-draft';
import { SOURCE_IDS } from './source-ids';

export interface UpstreamData {
  attack: AttackData;
  mispThreatActors: MispActor[];
  mispMicrosoft: MispActor[];
  microsoftMap: MicrosoftActor[];
}

export interface MergedGroups {
  drafts: Map<string, GroupDraft>;
  claims: AliasClaim[];
}

const MISP_TA_URL = 'https://github.com/MISP/misp-galaxy/blob/main/clusters/threat-actor.json';
const MISP_MS_URL = 'https://github.com/MISP/misp-galaxy/blob/main/clusters/microsoft-activity-group.json';
const MS_MAP_URL =
  'https://github.com/microsoft/mstic/blob/master/PublicFeeds/ThreatActorNaming/MicrosoftMapping.json';

/**
 * Merges the upstream sources into groups. ATT&CK is the backbone: where it
 * separates two groups we keep them apart even when MISP merges them (MISP's
 * Lazarus entry lists APT38 and Andariel as synonyms). A MISP entry joins an
 * ATT&CK group only when its own name is that group's name or ATT&CK alias
 * (or, failing that, its refs point at exactly one of our ATT&CK groups).
 * Microsoft rows join by their current name: first ATT&CK, then MISP names,
 * then MISP synonyms that point at a single group; otherwise they stand alone.
 */
export function mergeGroups(upstream: UpstreamData): MergedGroups {
  const drafts = new Map<string, GroupDraft>();
  const claims: AliasClaim[] = [];
  const claim = (groupId: string, names: string[], sourceId: string): void => {
    for (const name of names) {
      claims.push({ groupId, name, sourceId });
    }
  };

  // 1. ATT&CK intrusion sets and their attributed campaigns.
  const attackNameIndex = new Map<string, string[]>();
  const attackIdToGroup = new Map<string, string>();
  for (const group of upstream.attack.groups) {
    const id = slugify(group.name);
    const draft = newDraft(id, group.name, 'group');
    draft.attackId = group.attackId;
    draft.sources.add(SOURCE_IDS.attack);
    addLink(draft, { url: group.url, title: `MITRE ATT&CK ${group.attackId}` });
    drafts.set(id, draft);
    attackIdToGroup.set(group.attackId, id);
    const names = [group.name, ...group.aliases, group.attackId];
    claim(id, names, SOURCE_IDS.attack);
    for (const name of [group.name, ...group.aliases]) {
      pushIndex(attackNameIndex, normaliseAliasName(name), id);
    }
  }
  for (const campaign of upstream.attack.campaigns) {
    const id = slugify(campaign.name);
    const draft = newDraft(id, campaign.name, 'campaign');
    draft.attackId = campaign.attackId;
    if (campaign.firstSeen !== undefined) {
      draft.firstSeen = campaign.firstSeen;
    }
    draft.sources.add(SOURCE_IDS.attack);
    addLink(draft, { url: campaign.url, title: `MITRE ATT&CK ${campaign.attackId}` });
    for (const attackId of campaign.attributedTo) {
      const parent = attackIdToGroup.get(attackId);
      if (parent !== undefined) {
        draft.parentIds.add(parent);
      }
    }
    drafts.set(id, draft);
    claim(id, [campaign.name, ...campaign.aliases, campaign.attackId], SOURCE_IDS.attack);
  }

  const resolveByAttack = (name: string): string | undefined => {
    const key = normaliseAliasName(name);
    const holders = attackNameIndex.get(key) ?? [];
    // Prefer the group whose canonical name it is; else accept a single holder.
    const named = holders.find((id) => normaliseAliasName(drafts.get(id)?.name ?? '') === key);
    return named ?? (holders.length === 1 ? holders[0] : undefined);
  };

  // 2. MISP threat actors with country KP.
  const mispValueIndex = new Map<string, string>();
  const mispSynonymIndex = new Map<string, string[]>();
  const mispUuidToGroup = new Map<string, string>();
  for (const actor of upstream.mispThreatActors) {
    const id =
      resolveByAttack(actor.value) ??
      resolveByAttackRefs(actor.refs, attackIdToGroup) ??
      slugify(actor.value);
    const draft = drafts.get(id) ?? newDraft(id, actor.value, 'group');
    if (draft.mispUuid === undefined) {
      draft.mispUuid = actor.uuid;
    }
    draft.sources.add(SOURCE_IDS.mispThreatActor);
    addLink(draft, { url: MISP_TA_URL, title: `MISP galaxy threat-actor: ${actor.value}` });
    if (draft.attackId === undefined) {
      // Groups ATT&CK does not cover get MISP's first references as reading links.
      for (const ref of actor.refs.filter((r) => /^https?:\/\//u.test(r)).slice(0, 3)) {
        addLink(draft, { url: ref, title: `Reference cited by MISP for ${actor.value}` });
      }
    }
    drafts.set(id, draft);
    mispUuidToGroup.set(actor.uuid, id);
    mispValueIndex.set(normaliseAliasName(actor.value), id);
    for (const synonym of actor.synonyms) {
      pushIndex(mispSynonymIndex, normaliseAliasName(synonym), id);
    }
    claim(id, [actor.value, ...actor.synonyms], SOURCE_IDS.mispThreatActor);
  }

  const resolveMicrosoftName = (name: string, related: string[]): string | undefined => {
    const key = normaliseAliasName(name);
    const viaSynonym = mispSynonymIndex.get(key) ?? [];
    return (
      resolveByAttack(name) ??
      mispValueIndex.get(key) ??
      (viaSynonym.length === 1 ? viaSynonym[0] : undefined) ??
      (related.length === 1 && related[0] !== undefined ? mispUuidToGroup.get(related[0]) : undefined) ??
      (drafts.has(slugify(name)) ? slugify(name) : undefined)
    );
  };

  // 3. Microsoft's own map, then MISP's copy of Microsoft's names.
  for (const row of upstream.microsoftMap) {
    const id = resolveMicrosoftName(row.name, []) ?? slugify(row.name);
    const draft = drafts.get(id) ?? newDraft(id, row.name, 'group');
    draft.sources.add(SOURCE_IDS.microsoftMap);
    addLink(draft, { url: MS_MAP_URL, title: `Microsoft threat actor naming map: ${row.name}` });
    drafts.set(id, draft);
    claim(id, [row.name, ...row.otherNames], SOURCE_IDS.microsoftMap);
  }
  for (const actor of upstream.mispMicrosoft) {
    const id = resolveMicrosoftName(actor.value, actor.related) ?? slugify(actor.value);
    const draft = drafts.get(id) ?? newDraft(id, actor.value, 'group');
    draft.sources.add(SOURCE_IDS.mispMicrosoft);
    addLink(draft, { url: MISP_MS_URL, title: `MISP galaxy microsoft-activity-group: ${actor.value}` });
    drafts.set(id, draft);
    claim(id, [actor.value, ...actor.synonyms], SOURCE_IDS.mispMicrosoft);
  }

  return { drafts, claims };
}

function newDraft(id: string, name: string, kind: GroupDraft['kind']): GroupDraft {
  return { id, name, kind, sources: new Set(), links: [], parentIds: new Set() };
}

function pushIndex(index: Map<string, string[]>, key: string, id: string): void {
  const list = index.get(key) ?? [];
  if (!list.includes(id)) {
    list.push(id);
  }
  index.set(key, list);
}

/** A MISP entry whose refs name exactly one of our ATT&CK groups is that group. */
function resolveByAttackRefs(refs: string[], attackIdToGroup: Map<string, string>): string | undefined {
  const found = new Set<string>();
  for (const ref of refs) {
    const match = /attack\.mitre\.org\/groups\/(G\d{4})/u.exec(ref);
    const id = match?.[1] !== undefined ? attackIdToGroup.get(match[1]) : undefined;
    if (id !== undefined) {
      found.add(id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
