import type { Result } from '../result';
import { err, ok } from '../result';
import { STIX_ID } from './ids';
import type { JsonObject } from './json-access';
import { own } from './json-access';
import { MAX_ENTRIES, formatCount } from './limits';
import type { ImportedActor, ImportedCampaign, ParsedFile, SkippedEntry } from './parsed-file';
import { UNKNOWN_PRODUCER } from './parsed-file';
import { childPath, describeJsonType, ROOT_PATH } from './path-errors';
import type { StixCommon, StixNamedEntity, StixPlace, StixRelationship } from './stix-objects';
import {
  readCommon,
  readNamedEntity,
  readPlace,
  readRelationship,
  SUPPORTED_SPEC_VERSIONS,
} from './stix-objects';

/**
 * Reads a STIX 2.0 or 2.1 bundle: intrusion sets and threat actors become
 * actors, campaigns attributed to them become incidents, relationships to a
 * North Korean location/identity (or to a North Korean threat actor) count as
 * attribution. Object types we do not use are counted and otherwise ignored.
 */

/** Identities that ATT&CK bundles reference without including. */
const KNOWN_IDENTITIES = new Map([
  ['identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5', 'The MITRE Corporation'],
]);

const ACTOR_TYPES = new Set(['intrusion-set', 'threat-actor']);
/** Relationship types by which an actor is tied to a place or to another actor's attribution. */
const ATTRIBUTING_RELATIONSHIPS = new Set(['attributed-to', 'originates-from', 'located-at', 'related-to']);

export function readStixBundle(bundle: JsonObject): Result<ParsedFile> {
  const specVersion = own(bundle, 'spec_version');
  if (specVersion !== undefined && !SUPPORTED_SPEC_VERSIONS.has(String(specVersion))) {
    return err(
      'unsupported-spec-version',
      `STIX spec_version ${String(specVersion).slice(0, 20)} is not supported.`,
    );
  }
  const bundleId = own(bundle, 'id');
  if (
    bundleId !== undefined &&
    (typeof bundleId !== 'string' || !bundleId.startsWith('bundle--') || !STIX_ID.test(bundleId))
  ) {
    return err('bad-stix-id', 'At $.id: expected a bundle id like "bundle--<uuid>".');
  }
  const objects = own(bundle, 'objects');
  if (!Array.isArray(objects)) {
    return err(
      'stix-objects-not-list',
      objects === undefined
        ? "This STIX bundle has no 'objects' list."
        : `This STIX bundle's 'objects' is ${describeJsonType(objects)}, not a list.`,
    );
  }
  if (objects.length > MAX_ENTRIES) {
    return err(
      'too-many-entries',
      `The bundle has ${formatCount(objects.length)} objects; the limit is ${formatCount(MAX_ENTRIES)}.`,
    );
  }

  const byId = new Map<string, StixCommon>();
  const entities: StixNamedEntity[] = [];
  const relationships: StixRelationship[] = [];
  const places = new Map<string, StixPlace>();
  let ignoredObjectCount = 0;

  for (let i = 0; i < objects.length; i++) {
    const path = childPath(childPath(ROOT_PATH, 'objects'), i);
    const raw: unknown = objects[i];
    const common = readCommon(raw, path);
    if (!common.ok) {
      return common;
    }
    const obj = raw as JsonObject;
    const first = byId.get(common.value.id);
    if (first) {
      return err('duplicate-id', `The id ${common.value.id} appears twice: at ${first.path} and at ${path}.`);
    }
    byId.set(common.value.id, common.value);
    switch (common.value.type) {
      case 'intrusion-set':
      case 'threat-actor':
      case 'campaign': {
        const entity = readNamedEntity(obj, common.value);
        if (!entity.ok) {
          return entity;
        }
        entities.push(entity.value);
        break;
      }
      case 'relationship': {
        const rel = readRelationship(obj, common.value);
        if (!rel.ok) {
          return rel;
        }
        relationships.push(rel.value);
        break;
      }
      case 'identity':
      case 'location': {
        const place = readPlace(obj, common.value);
        if (!place.ok) {
          return place;
        }
        places.set(place.value.id, place.value);
        break;
      }
      default:
        ignoredObjectCount++;
    }
  }

  for (const rel of relationships) {
    for (const [field, ref] of [
      ['source_ref', rel.sourceRef],
      ['target_ref', rel.targetRef],
    ] as const) {
      if (!byId.has(ref)) {
        return err(
          'stix-dangling-ref',
          `The relationship at ${rel.path} points (${field}) to ${ref}, which is not in the file.`,
        );
      }
    }
  }

  const evidence = attributeToNorthKorea(entities, relationships, places);
  const skipped: SkippedEntry[] = [];
  const actors: ImportedActor[] = [];
  const campaigns: ImportedCampaign[] = [];
  for (const entity of entities) {
    if (entity.revoked || entity.deprecated) {
      skipped.push({
        name: entity.name,
        reason: entity.revoked ? 'revoked in the file' : 'deprecated in the file',
      });
      continue;
    }
    if (ACTOR_TYPES.has(entity.type)) {
      actors.push({
        path: entity.path,
        name: entity.name,
        aliases: entity.aliases,
        ...(entity.attackId !== undefined ? { attackId: entity.attackId } : {}),
        stixId: entity.id,
        northKoreaEvidence: evidence.get(entity.id) ?? null,
        links: entity.links,
        ...(entity.firstSeen !== undefined ? { firstSeen: entity.firstSeen } : {}),
        notes: entity.notes,
      });
    } else {
      campaigns.push({
        path: entity.path,
        name: entity.name,
        date: entity.firstSeen ?? null,
        actorStixIds: relationships
          .filter((r) => r.relationshipType === 'attributed-to' && r.sourceRef === entity.id)
          .map((r) => r.targetRef)
          .filter((id) => ACTOR_TYPES.has(byId.get(id)?.type ?? '')),
        links: entity.links,
      });
    }
  }

  return ok({
    format: 'stix-bundle',
    producer: findProducer(entities, places),
    actors,
    campaigns,
    skipped,
    ignoredObjectCount,
    notes: [],
  });
}

/** Actor id -> why it counts as North Korean: its own text, a tie to a NK place, or to a NK threat actor. */
function attributeToNorthKorea(
  entities: StixNamedEntity[],
  relationships: StixRelationship[],
  places: Map<string, StixPlace>,
): Map<string, string> {
  const evidence = new Map<string, string>();
  for (const entity of entities) {
    if (ACTOR_TYPES.has(entity.type) && entity.textSaysNorthKorea) {
      evidence.set(entity.id, 'the file describes it as North Korean');
    }
  }
  const attributing = relationships.filter((r) => ATTRIBUTING_RELATIONSHIPS.has(r.relationshipType));
  for (const rel of attributing) {
    const place = places.get(rel.targetRef);
    if (place?.isNorthKorea && !evidence.has(rel.sourceRef)) {
      evidence.set(
        rel.sourceRef,
        `the file relates it (${rel.relationshipType}) to ${place.name ?? 'North Korea'}`,
      );
    }
  }
  // One hop: an intrusion set attributed to a North Korean threat actor (the STIX 2.1 pattern).
  for (const rel of attributing) {
    if (
      rel.relationshipType === 'attributed-to' &&
      evidence.has(rel.targetRef) &&
      !evidence.has(rel.sourceRef)
    ) {
      evidence.set(rel.sourceRef, 'the file attributes it to a North Korean threat actor');
    }
  }
  return evidence;
}

/** The identity most actors name as creator; else a lone identity in the file; else unknown. */
function findProducer(entities: StixNamedEntity[], places: Map<string, StixPlace>): string {
  const counts = new Map<string, number>();
  for (const entity of entities) {
    if (entity.createdByRef !== undefined) {
      counts.set(entity.createdByRef, (counts.get(entity.createdByRef) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [ref] of ranked) {
    const name = places.get(ref)?.name ?? KNOWN_IDENTITIES.get(ref);
    if (name !== undefined) {
      return name;
    }
  }
  const identities = [...places.values()].filter((p) => p.type === 'identity' && p.name !== undefined);
  return identities.length === 1 && !identities[0]!.isNorthKorea ? identities[0]!.name! : UNKNOWN_PRODUCER;
}
