import { useState } from 'preact/hooks';
import type { CustomTerm } from '../../shared/store/records';
import { serialiseWatchList } from '../../shared/watch/watchlist-file';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { downloadText, fileStamp } from '../../ui/download';
import { useAction } from '../../ui/hooks/use-action';
import { readFileText } from '../../ui/read-file';

/** Moves custom terms in and out as CSV or JSON watch-list files. */
export function WatchListFiles({ terms }: { terms: CustomTerm[] }) {
  const action = useAction();
  const [result, setResult] = useState('');

  const exportAs = (format: 'csv' | 'json') =>
    downloadText(
      `nk-threat-lens-watchlist-${fileStamp()}.${format}`,
      serialiseWatchList(terms, format),
      format === 'csv' ? 'text/csv' : 'application/json',
    );

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setResult('');
    if (!file) {
      return;
    }
    const read = await readFileText(file);
    const answer = await action.run({ type: 'ui/watchlist-import', ...read });
    input.value = '';
    if (answer) {
      setResult(`Imported ${file.name}: ${answer.added} added, ${answer.updated} updated.`);
    }
  };

  return (
    <div class="stack">
      <h3>Watch-list files</h3>
      <p class="muted">
        CSV with the header <code>text,label,color,caseSensitive,wholeWord,enabled</code> (only{' '}
        <code>text</code> is required), or the JSON this page exports. Terms with the same text are updated,
        others added. Up to 2 MB and 20,000 terms.
      </p>
      <div class="button-row">
        <label class="file-button">
          <span>Import watch list (CSV or JSON)</span>
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={action.pending}
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        <button type="button" onClick={() => exportAs('csv')} disabled={terms.length === 0}>
          Export CSV
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={terms.length === 0}>
          Export JSON
        </button>
      </div>
      <p role="status" class="notice-ok">
        {result}
      </p>
      <ErrorAlert error={action.error} />
    </div>
  );
}
