import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { SearchResults } from './SearchResults';
import { useSearch } from './use-search';

function describe(count: number, query: string, pending: boolean): string {
  if (!query) {
    return '';
  }
  if (pending) {
    return 'Searching…';
  }
  return count === 0 ? `No results for “${query}”` : `${count} ${count === 1 ? 'result' : 'results'}`;
}

/** Search groups, names, incidents and rewards as you type. */
export function SearchPanel({
  query,
  onQueryChange,
  onOpenGroup,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  onOpenGroup: (groupId: string) => void;
}) {
  const search = useSearch(query);
  return (
    <div class="stack">
      <label class="field">
        <span>Search groups, names, incidents and rewards</span>
        <input
          type="search"
          value={query}
          maxLength={200}
          placeholder="Lazarus, Bybit, 김수키…"
          onInput={(event) => onQueryChange(event.currentTarget.value)}
        />
      </label>
      <p class="muted" role="status" aria-live="polite">
        {describe(search.hits.length, query.trim(), search.pending)}
      </p>
      <ErrorAlert error={search.error} />
      <SearchResults hits={search.hits} onOpenGroup={onOpenGroup} />
    </div>
  );
}
