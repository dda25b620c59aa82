import type { Result } from '../result';
import { err, ok } from '../result';
import type { JsonObject } from './json-access';
import { isJsonObject, own } from './json-access';
import { describeJsonType } from './path-errors';

/**
 * Which reader a parsed file goes to. A STIX bundle says "type": "bundle" (or
 * carries "objects" with a spec_version); a MISP cluster has "values", or the
 * cluster header (uuid + type/category/authors) without them, which we report
 * as a broken galaxy rather than an unknown format.
 */

export type DetectedFormat =
  { format: 'misp-galaxy'; root: JsonObject } | { format: 'stix-bundle'; root: JsonObject };

const UNRECOGNISED = 'Unrecognised format: expected a MISP galaxy cluster or a STIX 2.x bundle.';

export function detectFormat(root: unknown): Result<DetectedFormat> {
  if (!isJsonObject(root)) {
    return err(
      'not-an-object',
      `${UNRECOGNISED} The file holds ${describeJsonType(root)} at the top, not an object.`,
    );
  }
  const type = own(root, 'type');
  if (type === 'bundle' || (own(root, 'objects') !== undefined && own(root, 'spec_version') !== undefined)) {
    return ok({ format: 'stix-bundle', root });
  }
  if (own(root, 'values') !== undefined) {
    return ok({ format: 'misp-galaxy', root });
  }
  const looksLikeMispHeader =
    typeof own(root, 'uuid') === 'string' &&
    (own(root, 'category') !== undefined || own(root, 'authors') !== undefined || typeof type === 'string');
  if (looksLikeMispHeader) {
    return ok({ format: 'misp-galaxy', root });
  }
  if (own(root, 'spec_version') !== undefined) {
    return ok({ format: 'stix-bundle', root });
  }
  return err('unrecognised-format', UNRECOGNISED);
}
