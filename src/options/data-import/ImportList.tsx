import type { ImportSummary } from '../../shared/views/state-views';
import { formatTimestamp } from '../../ui/format';
import { InlineError } from '../../ui/components/InlineError';
import { useAction } from '../../ui/hooks/use-action';

function ImportItem({ summary }: { summary: ImportSummary }) {
  const action = useAction();
  return (
    <tr>
      <td>{summary.fileName}</td>
      <td>{summary.producer}</td>
      <td>{formatTimestamp(summary.importedAt)}</td>
      <td>
        {summary.groupCount} groups, {summary.aliasCount} names
      </td>
      <td>
        <button
          type="button"
          aria-label={`Remove the import ${summary.fileName}`}
          disabled={action.pending}
          onClick={() => void action.run({ type: 'ui/import-remove', id: summary.id })}
        >
          Remove
        </button>
        <InlineError error={action.error} />
      </td>
    </tr>
  );
}

/** Imports the user confirmed earlier; removing one takes out everything it added. */
export function ImportList({ imports }: { imports: ImportSummary[] }) {
  if (imports.length === 0) {
    return <p class="muted">No imported files.</p>;
  }
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">Imported files</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Producer</th>
            <th scope="col">Imported</th>
            <th scope="col">Adds</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {imports.map((summary) => (
            <ImportItem key={summary.id} summary={summary} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
