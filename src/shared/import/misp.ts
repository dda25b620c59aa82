import type { Result } from '../result';
import { err, ok } from '../result';
import { LinkCollector, readNameList, readOptionalString } from './entry-fields';
import { UUID } from './ids';
import type { JsonObject } from './json-access';
import { isJsonObject, own } from './json-access';
import { MAX_ENTRIES, MAX_NAME_LENGTH, formatCount } from './limits';
import type { ImportedActor, ParsedFile } from './parsed-file';
import { UNKNOWN_PRODUCER } from './parsed-file';
import { childPath, describeJsonType, expectedMessage, ROOT_PATH } from './path-errors';
import { checkPlainName } from './plain-text';
import { denotesNorthKorea } from './north-korea';

/**
 * Reads a MISP galaxy cluster ({name, type, uuid, source, authors, values:[...]})
 * such as misp-galaxy clusters/threat-actor.json. Every value is checked; the
 * first problem fails the whole file so nothing partial is ever imported.
 */

export function readMispCluster(cluster: JsonObject): Result<ParsedFile> {
  const values = own(cluster, 'values');
  if (values === undefined) {
    return err('misp-no-values', "This looks like a MISP galaxy but has no 'values' list.");
  }
  if (!Array.isArray(values)) {
    return err(
      'misp-values-not-list',
      `This looks like a MISP galaxy but its 'values' is ${describeJsonType(values)}, not a list.`,
    );
  }
  if (values.length > MAX_ENTRIES) {
    return err(
      'too-many-entries',
      `The galaxy has ${formatCount(values.length)} values; the limit is ${formatCount(MAX_ENTRIES)}.`,
    );
  }
  const clusterUuid = own(cluster, 'uuid');
  if (clusterUuid !== undefined && (typeof clusterUuid !== 'string' || !UUID.test(clusterUuid))) {
    return err('bad-uuid', `At $.uuid: "${String(clusterUuid).slice(0, 40)}" is not a well-formed UUID.`);
  }
  const producer = readProducer(cluster);
  if (!producer.ok) {
    return producer;
  }
  const notes: string[] = [];
  const actors: ImportedActor[] = [];
  const seenUuids = new Map<string, string>();
  for (let i = 0; i < values.length; i++) {
    const path = childPath(childPath(ROOT_PATH, 'values'), i);
    const actor = readMispValue(values[i], path);
    if (!actor.ok) {
      return actor;
    }
    const uuid = actor.value.mispUuid;
    if (uuid !== undefined) {
      const first = seenUuids.get(uuid);
      if (first !== undefined) {
        return err('duplicate-id', `The uuid ${uuid} appears twice: at ${first} and at ${path}.uuid.`);
      }
      seenUuids.set(uuid, `${path}.uuid`);
    }
    actors.push(actor.value);
  }
  return ok({
    format: 'misp-galaxy',
    producer: producer.value,
    actors,
    campaigns: [],
    skipped: [],
    ignoredObjectCount: 0,
    notes,
  });
}

/** "source" ("MISP Project") when present, else the "authors" list, else unknown. */
function readProducer(cluster: JsonObject): Result<string> {
  const source = own(cluster, 'source');
  if (source !== undefined) {
    return checkPlainName(source, '$.source', MAX_NAME_LENGTH, 'Producer');
  }
  const authors = own(cluster, 'authors');
  if (authors === undefined) {
    return ok(UNKNOWN_PRODUCER);
  }
  const names = readNameList(authors, '$.authors', '');
  if (!names.ok) {
    return names;
  }
  return ok(names.value.length > 0 ? names.value.join(', ').slice(0, MAX_NAME_LENGTH) : UNKNOWN_PRODUCER);
}

function readMispValue(entry: unknown, path: string): Result<ImportedActor> {
  const notes: string[] = [];
  if (!isJsonObject(entry)) {
    return err('wrong-type', expectedMessage(path, 'an object (one threat actor)', entry));
  }
  const rawName = own(entry, 'value');
  if (rawName === undefined) {
    return err('missing-name', `The entry at ${path} has no 'value' (its name).`);
  }
  const name = checkPlainName(rawName, childPath(path, 'value'), MAX_NAME_LENGTH);
  if (!name.ok) {
    return name;
  }
  const uuid = own(entry, 'uuid');
  if (uuid !== undefined && (typeof uuid !== 'string' || !UUID.test(uuid))) {
    return err(
      'bad-uuid',
      `At ${childPath(path, 'uuid')}: "${String(uuid).slice(0, 40)}" is not a well-formed UUID.`,
    );
  }
  const description = readOptionalString(own(entry, 'description'), childPath(path, 'description'));
  if (!description.ok) {
    return description;
  }
  const related = checkRelated(own(entry, 'related'), childPath(path, 'related'));
  if (!related.ok) {
    return related;
  }
  const rawMeta = own(entry, 'meta');
  const metaPath = childPath(path, 'meta');
  if (rawMeta !== undefined && !isJsonObject(rawMeta)) {
    return err('wrong-type', expectedMessage(metaPath, 'an object', rawMeta));
  }
  const meta: JsonObject = rawMeta ?? {};
  const synonyms = readNameList(own(meta, 'synonyms'), childPath(metaPath, 'synonyms'), name.value);
  if (!synonyms.ok) {
    return synonyms;
  }
  const country = readOptionalString(own(meta, 'country'), childPath(metaPath, 'country'));
  if (!country.ok) {
    return country;
  }
  const sponsorPath = childPath(metaPath, 'cfr-suspected-state-sponsor');
  const sponsor = readOptionalString(own(meta, 'cfr-suspected-state-sponsor'), sponsorPath);
  if (!sponsor.ok) {
    return sponsor;
  }
  const links = new LinkCollector(notes);
  const refs = own(meta, 'refs');
  const refsPath = childPath(metaPath, 'refs');
  if (refs !== undefined) {
    if (!Array.isArray(refs)) {
      return err('wrong-type', expectedMessage(refsPath, 'a list of links', refs));
    }
    for (let i = 0; i < refs.length; i++) {
      const ref: unknown = refs[i];
      if (typeof ref !== 'string') {
        return err('wrong-type', expectedMessage(childPath(refsPath, i), 'a string (a link)', ref));
      }
      const added = links.add(ref, undefined, childPath(refsPath, i));
      if (!added.ok) {
        return added;
      }
    }
  }
  let evidence: string | null = null;
  if (country.value !== undefined && denotesNorthKorea(country.value)) {
    evidence = `MISP meta.country is ${country.value}`;
  } else if (sponsor.value !== undefined && denotesNorthKorea(sponsor.value)) {
    evidence = 'MISP names North Korea as its suspected state sponsor';
  }
  return ok({
    path,
    name: name.value,
    aliases: synonyms.value,
    ...(typeof uuid === 'string' ? { mispUuid: uuid.toLowerCase() } : {}),
    northKoreaEvidence: evidence,
    links: links.finish(name.value),
    notes,
  });
}

/**
 * "related" is not used. Its shape is still checked (a list of objects), but its
 * dest-uuids are not: the real Microsoft activity-group cluster has empty ones.
 */
function checkRelated(value: unknown, path: string): Result<true> {
  if (value === undefined) {
    return ok(true);
  }
  if (!Array.isArray(value)) {
    return err('wrong-type', expectedMessage(path, 'a list', value));
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isJsonObject(item)) {
      return err('wrong-type', expectedMessage(childPath(path, i), 'an object', item));
    }
  }
  return ok(true);
}
