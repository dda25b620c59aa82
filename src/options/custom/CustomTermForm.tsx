import { useEffect, useState } from 'preact/hooks';
import type { CustomTermInput } from '../../shared/messages/fields';
import type { CustomTerm } from '../../shared/store/records';
import { DEFAULT_TERM_COLOUR } from '../../shared/watch/watchlist-file';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { useAction } from '../../ui/hooks/use-action';

const EMPTY: CustomTermInput = {
  text: '',
  label: '',
  color: DEFAULT_TERM_COLOUR,
  caseSensitive: false,
  wholeWord: true,
  enabled: true,
};

/** Adds a custom term, or edits `editing` when given. */
export function CustomTermForm({ editing, onDone }: { editing: CustomTerm | null; onDone: () => void }) {
  const [term, setTerm] = useState<CustomTermInput>(EMPTY);
  const action = useAction();

  useEffect(() => {
    setTerm(editing ? { ...editing } : EMPTY);
    action.setError(null);
  }, [editing?.id]);

  const update = <K extends keyof CustomTermInput>(key: K, value: CustomTermInput[K]) =>
    setTerm((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!term.text.trim()) {
      action.setError({ code: 'empty', message: 'Type the word or phrase to highlight.' });
      return;
    }
    const saved = await action.run({
      type: 'ui/save-custom-term',
      term: { ...term, text: term.text.trim(), label: term.label.trim() || term.text.trim() },
    });
    if (saved) {
      setTerm(EMPTY);
      onDone();
    }
  };

  return (
    <form
      class="term-form card"
      onSubmit={submit}
      aria-label={editing ? 'Edit custom term' : 'Add a custom term'}
    >
      <label class="field">
        <span>Text to highlight</span>
        <input
          type="text"
          required
          maxLength={200}
          value={term.text}
          onInput={(e) => update('text', e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>Label (shown on the card)</span>
        <input
          type="text"
          maxLength={200}
          value={term.label}
          onInput={(e) => update('label', e.currentTarget.value)}
        />
      </label>
      <label class="field colour-field">
        <span>Colour</span>
        <input type="color" value={term.color} onInput={(e) => update('color', e.currentTarget.value)} />
      </label>
      <div class="checks">
        <label>
          <input
            type="checkbox"
            checked={term.caseSensitive}
            onChange={(e) => update('caseSensitive', e.currentTarget.checked)}
          />{' '}
          Match case
        </label>
        <label>
          <input
            type="checkbox"
            checked={term.wholeWord}
            onChange={(e) => update('wholeWord', e.currentTarget.checked)}
          />{' '}
          Whole words only
        </label>
        <label>
          <input
            type="checkbox"
            checked={term.enabled}
            onChange={(e) => update('enabled', e.currentTarget.checked)}
          />{' '}
          Enabled
        </label>
      </div>
      <div class="button-row">
        <button type="submit" class="primary" disabled={action.pending}>
          {editing ? 'Save changes' : 'Add term'}
        </button>
        {editing && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
      <ErrorAlert error={action.error} />
    </form>
  );
}
