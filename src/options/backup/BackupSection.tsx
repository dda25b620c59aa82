import { useState } from 'preact/hooks';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { Section } from '../../ui/components/Section';
import { downloadText } from '../../ui/download';
import { useAction } from '../../ui/hooks/use-action';
import { readFileText } from '../../ui/read-file';

/** One-file backup of everything, and restore with a confirmation step (it replaces current data). */
export function BackupSection() {
  const action = useAction();
  const [chosen, setChosen] = useState<{ fileName: string; text: string; byteLength: number } | null>(null);
  const [done, setDone] = useState('');

  const backup = async () => {
    setDone('');
    const answer = await action.run({ type: 'ui/backup' });
    if (answer) {
      downloadText(answer.fileName, answer.text, 'application/json');
      setDone(`Saved ${answer.fileName}.`);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setDone('');
    action.setError(null);
    setChosen(file ? await readFileText(file) : null);
    input.value = '';
  };

  const restore = async () => {
    if (!chosen) {
      return;
    }
    const answer = await action.run({ type: 'ui/restore', text: chosen.text, byteLength: chosen.byteLength });
    if (answer !== undefined) {
      setDone(`Restored from ${chosen.fileName}.`);
      setChosen(null);
    }
  };

  return (
    <Section id="backup" title="Backup & restore">
      <p class="muted">
        A backup holds your switches, custom terms, site rules, settings and imports in one JSON file.
      </p>
      <div class="button-row">
        <button type="button" disabled={action.pending} onClick={() => void backup()}>
          Download backup
        </button>
        <label class="file-button">
          <span>Restore from a backup file…</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void choose(event.currentTarget)}
          />
        </label>
      </div>
      {chosen && (
        <div class="card stack" role="group" aria-label="Confirm restore">
          <p>
            Restore <strong>{chosen.fileName}</strong>? This replaces your current switches, custom terms,
            site rules, settings and imports with the backup’s.
          </p>
          <div class="button-row">
            <button type="button" class="primary" disabled={action.pending} onClick={() => void restore()}>
              Replace with backup
            </button>
            <button type="button" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" class="notice-ok">
        {done}
      </p>
      <ErrorAlert error={action.error} />
    </Section>
  );
}
