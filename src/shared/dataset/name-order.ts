import type { Alias } from './types';

/**
 * The order a group's other names are shown in (card and profile alike):
 * undisputed names first, then those more sources list, then those a known
 * naming scheme uses; alphabetical last. A reader wants "Diamond Sleet" (four
 * sources) before a name one source lists under three groups.
 */
export function byNameRelevance(a: Alias, b: Alias): number {
  return (
    Number(a.disputed) - Number(b.disputed) ||
    b.sources.length - a.sources.length ||
    Number(b.usedBy.length > 0) - Number(a.usedBy.length > 0) ||
    a.name.localeCompare(b.name)
  );
}
