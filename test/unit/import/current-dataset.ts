import { aliasId } from '../../../src/shared/dataset/normalise';
import type { Alias, Group, Incident } from '../../../src/shared/dataset/types';

/** A small hand-made "current dataset" to preview and merge imports against. */

export function group(id: string, name: string, extra: Partial<Group> = {}): Group {
  return {
    id,
    name,
    kind: 'group',
    summary: 'Curated summary.',
    sponsor: 'RGB, DPRK',
    country: 'KP',
    parentIds: [],
    sources: ['bundled-test'],
    links: [{ url: `https://example.org/${id}`, title: name }],
    ...extra,
  };
}

export function alias(groupId: string, name: string, extra: Partial<Alias> = {}): Alias {
  return {
    id: aliasId(groupId, name),
    groupId,
    name,
    lang: 'en',
    caseSensitive: false,
    ambiguity: null,
    sources: ['bundled-test'],
    usedBy: [],
    disputed: false,
    alsoGroupIds: [],
    ...extra,
  };
}

export function currentDataset(): { groups: Group[]; aliases: Alias[]; incidents: Incident[] } {
  return {
    groups: [
      group('lazarus-group', 'Lazarus Group', { attackId: 'G0032' }),
      group('kimsuky', 'Kimsuky', { attackId: 'G0094' }),
      group('andariel', 'Andariel', { attackId: 'G0138' }),
    ],
    aliases: [
      alias('lazarus-group', 'Lazarus Group'),
      alias('lazarus-group', 'HIDDEN COBRA'),
      alias('lazarus-group', 'ZINC', { caseSensitive: true, ambiguity: 'chemical-element' }),
      alias('kimsuky', 'Kimsuky'),
      alias('kimsuky', 'Velvet Chollima'),
      alias('kimsuky', 'APT43'),
      alias('andariel', 'Andariel'),
      alias('andariel', 'Silent Chollima'),
    ],
    incidents: [],
  };
}
