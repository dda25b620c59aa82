import { useState } from 'preact/hooks';
import { askBackground } from '../shared/messages/send';
import type { AppError } from '../shared/result';
import { DEFAULT_TERM_COLOUR } from '../shared/watch/watchlist-file';
import { ErrorAlert } from '../ui/components/ErrorAlert';

/** A quick way to watch one more word; the options page has the full editor. */
export function AddCustomTerm() {
  const [text, setText] = useState('');
  const [color, setColor] = useState(DEFAULT_TERM_COLOUR);
  const [error, setError] = useState<AppError | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    setError(null);
    setAdded(null);
    const trimmed = text.trim();
    if (!trimmed) {
      setError({ code: 'empty', message: 'Type a word or phrase to watch.' });
      return;
    }
    void askBackground({
      type: 'ui/save-custom-term',
      term: { text: trimmed, label: trimmed, color, caseSensitive: false, wholeWord: true, enabled: true },
    }).then((answer) => {
      if (answer.ok) {
        setText('');
        setAdded(answer.value.text);
      } else {
        setError(answer.error);
      }
    });
  };

  return (
    <section aria-labelledby="popup-add-term">
      <h2 id="popup-add-term">Watch a word</h2>
      <form class="add-term" onSubmit={submit}>
        <label class="visually-hidden" for="popup-term-text">
          Word or phrase to highlight
        </label>
        <input
          id="popup-term-text"
          type="text"
          value={text}
          maxLength={200}
          placeholder="Word or phrase"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <label class="visually-hidden" for="popup-term-colour">
          Highlight colour
        </label>
        <input
          id="popup-term-colour"
          type="color"
          value={color}
          onInput={(event) => setColor(event.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      <p role="status" class="notice-ok">
        {added ? `Now watching “${added}”.` : ''}
      </p>
      <ErrorAlert error={error} />
    </section>
  );
}
