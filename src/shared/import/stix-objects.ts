import type { Result } from '../result';
import { err, ok } from '../result';
import {
  LinkCollector,
  readNameList,
  readOptionalBoolean,
  readOptionalDate,
  readOptionalString,
} from './entry-fields';
import { ATTACK_GROUP_ID, STIX_ID } from './ids';
import type { JsonObject } from './json-access';
import { isJsonObject, own } from './json-access';
import { MAX_NAME_LENGTH } from './limits';
import { denotesNorthKorea, textAttributesToNorthKorea } from './north-korea';
import type { SourceLink } from '../dataset/types';
import { childPath, describeJsonType, expectedMessage } from './path-errors';
import { checkPlainName } from './plain-text';

/** Readers for the STIX object types we use; each checks every field it reads. */

export interface StixCommon {
  type: string;
  id: string;
  path: string;
  createdByRef?: string;
  revoked: boolean;
  deprecated: boolean;
}

export interface StixNamedEntity extends StixCommon {
  name: string;
  aliases: string[];
  /** True when the text (description, aliases, country field) says the entity is North Korean. */
  textSaysNorthKorea: boolean;
  attackId?: string;
  links: SourceLink[];
  firstSeen?: string;
  /** Remarks about this entry (dropped links); shown only if the entry is taken. */
  notes: string[];
}

export interface StixRelationship extends StixCommon {
  relationshipType: string;
  sourceRef: string;
  targetRef: string;
}

export interface StixPlace extends StixCommon {
  /** identity or location that denotes North Korea (by name or country). */
  isNorthKorea: boolean;
  name?: string;
}

export const SUPPORTED_SPEC_VERSIONS = new Set(['2.0', '2.1']);

export function readCommon(obj: unknown, path: string): Result<StixCommon> {
  if (!isJsonObject(obj)) {
    return err('wrong-type', expectedMessage(path, 'an object (one STIX object)', obj));
  }
  const type = own(obj, 'type');
  if (typeof type !== 'string' || type === '') {
    return err('stix-missing-type', `The STIX object at ${path} has no 'type'.`);
  }
  const id = own(obj, 'id');
  const idMatch = typeof id === 'string' ? STIX_ID.exec(id) : null;
  if (typeof id !== 'string' || !idMatch || idMatch[1] !== type) {
    return err(
      'bad-stix-id',
      `At ${childPath(path, 'id')}: expected an id like "${type.slice(0, 30)}--<uuid>", found ${describeShort(id)}.`,
    );
  }
  const specVersion = own(obj, 'spec_version');
  if (specVersion !== undefined && !SUPPORTED_SPEC_VERSIONS.has(String(specVersion))) {
    return err(
      'unsupported-spec-version',
      `STIX spec_version ${String(specVersion).slice(0, 20)} is not supported (at ${path}); expected 2.0 or 2.1.`,
    );
  }
  const createdByRef = own(obj, 'created_by_ref');
  if (createdByRef !== undefined && (typeof createdByRef !== 'string' || !STIX_ID.test(createdByRef))) {
    return err(
      'bad-stix-id',
      `At ${childPath(path, 'created_by_ref')}: expected an identity id, found ${describeShort(createdByRef)}.`,
    );
  }
  for (const dateField of ['created', 'modified']) {
    const date = readOptionalDate(own(obj, dateField), childPath(path, dateField));
    if (!date.ok) {
      return date;
    }
  }
  const revoked = readOptionalBoolean(own(obj, 'revoked'), childPath(path, 'revoked'));
  if (!revoked.ok) {
    return revoked;
  }
  const deprecated = readOptionalBoolean(
    own(obj, 'x_mitre_deprecated'),
    childPath(path, 'x_mitre_deprecated'),
  );
  if (!deprecated.ok) {
    return deprecated;
  }
  return ok({
    type,
    id: id.toLowerCase(),
    path,
    ...(createdByRef !== undefined ? { createdByRef: createdByRef.toLowerCase() } : {}),
    revoked: revoked.value,
    deprecated: deprecated.value,
  });
}

function describeShort(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 60)}"` : describeJsonType(value);
}

/** intrusion-set, threat-actor and campaign share these fields. */
export function readNamedEntity(obj: JsonObject, common: StixCommon): Result<StixNamedEntity> {
  const { path } = common;
  const notes: string[] = [];
  if (own(obj, 'name') === undefined) {
    return err('missing-name', `The ${common.type} at ${path} has no 'name'.`);
  }
  const name = checkPlainName(own(obj, 'name'), childPath(path, 'name'), MAX_NAME_LENGTH);
  if (!name.ok) {
    return name;
  }
  const aliases = readNameList(own(obj, 'aliases'), childPath(path, 'aliases'), name.value);
  if (!aliases.ok) {
    return aliases;
  }
  const description = readOptionalString(own(obj, 'description'), childPath(path, 'description'));
  if (!description.ok) {
    return description;
  }
  const firstSeen = readOptionalDate(own(obj, 'first_seen'), childPath(path, 'first_seen'));
  if (!firstSeen.ok) {
    return firstSeen;
  }
  const lastSeen = readOptionalDate(own(obj, 'last_seen'), childPath(path, 'last_seen'));
  if (!lastSeen.ok) {
    return lastSeen;
  }
  // Not STIX, but files from some producers carry a country on the actor itself.
  let countrySaysNorthKorea = false;
  for (const field of ['country', 'x_country']) {
    const country = readOptionalString(own(obj, field), childPath(path, field));
    if (!country.ok) {
      return country;
    }
    countrySaysNorthKorea ||= country.value !== undefined && denotesNorthKorea(country.value);
  }
  const refs = readExternalReferences(
    own(obj, 'external_references'),
    childPath(path, 'external_references'),
    notes,
  );
  if (!refs.ok) {
    return refs;
  }
  const textSaysNorthKorea =
    countrySaysNorthKorea ||
    textAttributesToNorthKorea(description.value ?? '') ||
    aliases.value.some((alias) => textAttributesToNorthKorea(alias));
  return ok({
    ...common,
    name: name.value,
    aliases: aliases.value,
    textSaysNorthKorea,
    ...(refs.value.attackId !== undefined ? { attackId: refs.value.attackId } : {}),
    links: refs.value.collector.finish(name.value),
    ...(firstSeen.value !== undefined ? { firstSeen: firstSeen.value } : {}),
    notes,
  });
}

function readExternalReferences(
  value: unknown,
  path: string,
  notes: string[],
): Result<{ attackId?: string; collector: LinkCollector }> {
  const collector = new LinkCollector(notes);
  if (value === undefined) {
    return ok({ collector });
  }
  if (!Array.isArray(value)) {
    return err('wrong-type', expectedMessage(path, 'a list of references', value));
  }
  let attackId: string | undefined;
  for (let i = 0; i < value.length; i++) {
    const ref: unknown = value[i];
    const refPath = childPath(path, i);
    if (!isJsonObject(ref)) {
      return err('wrong-type', expectedMessage(refPath, 'an object (one reference)', ref));
    }
    const sourceName = readOptionalString(own(ref, 'source_name'), childPath(refPath, 'source_name'));
    const url = readOptionalString(own(ref, 'url'), childPath(refPath, 'url'));
    const externalId = readOptionalString(own(ref, 'external_id'), childPath(refPath, 'external_id'));
    if (!sourceName.ok) {
      return sourceName;
    }
    if (!url.ok) {
      return url;
    }
    if (!externalId.ok) {
      return externalId;
    }
    if (sourceName.value === 'mitre-attack' && externalId.value && ATTACK_GROUP_ID.test(externalId.value)) {
      attackId = externalId.value;
    }
    if (url.value !== undefined) {
      const title =
        sourceName.value === 'mitre-attack' && externalId.value
          ? `MITRE ATT&CK ${externalId.value}`
          : sourceName.value;
      const added = collector.add(url.value, title, childPath(refPath, 'url'));
      if (!added.ok) {
        return added;
      }
    }
  }
  return ok({ ...(attackId !== undefined ? { attackId } : {}), collector });
}

export function readRelationship(obj: JsonObject, common: StixCommon): Result<StixRelationship> {
  const { path } = common;
  const relationshipType = own(obj, 'relationship_type');
  if (typeof relationshipType !== 'string' || relationshipType === '') {
    return err(
      'wrong-type',
      expectedMessage(childPath(path, 'relationship_type'), 'a relationship type', relationshipType),
    );
  }
  const refs: string[] = [];
  for (const field of ['source_ref', 'target_ref']) {
    const ref = own(obj, field);
    if (typeof ref !== 'string' || !STIX_ID.test(ref)) {
      return err(
        'bad-stix-id',
        `At ${childPath(path, field)}: expected a STIX id, found ${describeShort(ref)}.`,
      );
    }
    refs.push(ref.toLowerCase());
  }
  return ok({ ...common, relationshipType, sourceRef: refs[0]!, targetRef: refs[1]! });
}

/** identity and location objects: only whether they denote North Korea (and an identity's name, for the producer). */
export function readPlace(obj: JsonObject, common: StixCommon): Result<StixPlace> {
  const { path } = common;
  let isNorthKorea = false;
  let name: string | undefined;
  if (own(obj, 'name') !== undefined) {
    const checked = checkPlainName(own(obj, 'name'), childPath(path, 'name'), MAX_NAME_LENGTH);
    if (!checked.ok) {
      return checked;
    }
    name = checked.value;
    isNorthKorea ||= denotesNorthKorea(name);
  }
  for (const field of ['country', 'region']) {
    const value = readOptionalString(own(obj, field), childPath(path, field));
    if (!value.ok) {
      return value;
    }
    isNorthKorea ||= field === 'country' && value.value !== undefined && denotesNorthKorea(value.value);
  }
  return ok({ ...common, isNorthKorea, ...(name !== undefined ? { name } : {}) });
}
