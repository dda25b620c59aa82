import type { ImportPreview } from '../../shared/import';

function NameList({ names, empty }: { names: string[]; empty: string }) {
  if (names.length === 0) {
    return <p class="muted">{empty}</p>;
  }
  return (
    <ul class="preview-list">
      {names.map((name, index) => (
        <li key={`${index}:${name}`}>{name}</li>
      ))}
    </ul>
  );
}

/** What an import would change, for the user to confirm. */
export function ImportPreviewView({ fileName, preview }: { fileName: string; preview: ImportPreview }) {
  return (
    <div class="stack import-preview">
      <h3>Preview of {fileName}</h3>
      <p>
        {preview.newGroups.length} new groups, {preview.changedGroups.length} known groups gain names,{' '}
        {preview.newIncidents.length} new incidents, {preview.unchangedCount} known groups unchanged,{' '}
        {preview.skipped.length} entries skipped. {preview.touchedGroupIds.length} groups are affected in all.
      </p>
      <details open={preview.newGroups.length > 0}>
        <summary>New groups ({preview.newGroups.length})</summary>
        <NameList names={preview.newGroups.map((group) => group.name)} empty="None." />
      </details>
      <details open={preview.changedGroups.length > 0}>
        <summary>Known groups with new names ({preview.changedGroups.length})</summary>
        {preview.changedGroups.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="preview-list">
            {preview.changedGroups.map((group) => (
              <li key={group.id}>
                <strong>{group.name}</strong>: {group.newAliases.join(', ')}
              </li>
            ))}
          </ul>
        )}
      </details>
      <details open={preview.newIncidents.length > 0}>
        <summary>New incidents ({preview.newIncidents.length})</summary>
        <NameList names={preview.newIncidents.map((incident) => incident.name)} empty="None." />
      </details>
      <details open={preview.skipped.length > 0 && preview.skipped.length <= 20}>
        <summary>Skipped entries ({preview.skipped.length})</summary>
        {preview.skipped.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="preview-list">
            {preview.skipped.map((entry, index) => (
              <li key={`${index}:${entry.name}`}>
                <strong>{entry.name || '(no name)'}</strong>: {entry.reason}
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
