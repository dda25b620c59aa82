import { join } from 'node:path';
import { readJsonFile } from './read-json-file';
import { isNorthKoreaAttributed } from './nk-attribution';

/** The parts of an ATT&CK intrusion set or campaign the dataset derives facts from. */
export interface AttackObject {
  stixId: string;
  type: 'intrusion-set' | 'campaign';
  attackId: string;
  name: string;
  aliases: string[];
  url: string;
  /** Campaigns only: YYYY-MM of first_seen. */
  firstSeen?: string;
  /** Campaigns only: ATT&CK ids of the intrusion sets it is attributed to. */
  attributedTo: string[];
}

export interface AttackData {
  groups: AttackObject[];
  campaigns: AttackObject[];
  /** Latest `modified` timestamp in the bundle (YYYY-MM-DD), a cross-check on the snapshot date. */
  latestModified: string;
}

interface StixObject {
  type: string;
  id: string;
  name?: string;
  description?: string;
  aliases?: string[];
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  first_seen?: string;
  modified?: string;
  relationship_type?: string;
  source_ref?: string;
  target_ref?: string;
  external_references?: { source_name: string; external_id?: string; url?: string }[];
}

export const ATTACK_BUNDLE_PATH = 'mitre-attack/enterprise-groups-bundle.json';

export function readAttack(sharedDir: string): AttackData {
  const bundle = readJsonFile(join(sharedDir, ATTACK_BUNDLE_PATH)) as { objects: StixObject[] };
  const byStixId = new Map(bundle.objects.map((object) => [object.id, object]));
  const live = (object: StixObject): boolean => object.revoked !== true && object.x_mitre_deprecated !== true;

  const groups = bundle.objects
    .filter((o) => o.type === 'intrusion-set' && live(o) && isNorthKoreaAttributed(o.description ?? ''))
    .map((o) => toAttackObject(o, []));
  const nkGroupStixIds = new Set(groups.map((g) => g.stixId));

  // Campaigns come in only through an explicit attributed-to relationship to a North Korean group.
  const attributions = new Map<string, string[]>();
  for (const rel of bundle.objects) {
    if (rel.type !== 'relationship' || rel.relationship_type !== 'attributed-to') {
      continue;
    }
    if (rel.source_ref === undefined || rel.target_ref === undefined || !nkGroupStixIds.has(rel.target_ref)) {
      continue;
    }
    const target = byStixId.get(rel.target_ref);
    const list = attributions.get(rel.source_ref) ?? [];
    if (target !== undefined) {
      list.push(attackIdOf(target));
    }
    attributions.set(rel.source_ref, list);
  }
  const campaigns = bundle.objects
    .filter((o) => o.type === 'campaign' && live(o) && attributions.has(o.id))
    .map((o) => toAttackObject(o, (attributions.get(o.id) ?? []).sort()));

  const latestModified = bundle.objects
    .map((o) => (o.modified ?? '').slice(0, 10))
    .reduce((a, b) => (a > b ? a : b), '');

  const byAttackId = (a: AttackObject, b: AttackObject): number => a.attackId.localeCompare(b.attackId);
  return { groups: groups.sort(byAttackId), campaigns: campaigns.sort(byAttackId), latestModified };
}

function attackIdOf(object: StixObject): string {
  const ref = object.external_references?.find((r) => r.source_name === 'mitre-attack');
  if (ref?.external_id === undefined) {
    throw new Error(`ATT&CK object ${object.id} (${object.name ?? '?'}) has no mitre-attack external id`);
  }
  return ref.external_id;
}

function toAttackObject(object: StixObject, attributedTo: string[]): AttackObject {
  const attackId = attackIdOf(object);
  const ref = object.external_references?.find((r) => r.source_name === 'mitre-attack');
  const kindPath = object.type === 'campaign' ? 'campaigns' : 'groups';
  const result: AttackObject = {
    stixId: object.id,
    type: object.type === 'campaign' ? 'campaign' : 'intrusion-set',
    attackId,
    name: object.name ?? attackId,
    aliases: object.aliases ?? [],
    url: ref?.url ?? `https://attack.mitre.org/${kindPath}/${attackId}`,
    attributedTo,
  };
  if (object.first_seen !== undefined) {
    result.firstSeen = object.first_seen.slice(0, 7);
  }
  return result;
}
