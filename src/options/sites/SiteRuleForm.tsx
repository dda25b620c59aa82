import { useState } from 'preact/hooks';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { useAction } from '../../ui/hooks/use-action';

/** Adds an allow or deny rule. */
export function SiteRuleForm() {
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<'deny' | 'allow'>('deny');
  const action = useAction();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!pattern.trim()) {
      action.setError({ code: 'empty', message: 'Type a site, such as example.com.' });
      return;
    }
    const saved = await action.run({ type: 'ui/save-site-rule', rule: { pattern: pattern.trim(), mode } });
    if (saved !== undefined) {
      setPattern('');
    }
  };

  return (
    <form class="inline-form" onSubmit={submit} aria-label="Add a site rule">
      <label class="field">
        <span>Site pattern</span>
        <input
          type="text"
          maxLength={500}
          value={pattern}
          placeholder="example.com"
          aria-describedby="site-pattern-help"
          onInput={(event) => setPattern(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>Rule</span>
        <select value={mode} onChange={(event) => setMode(event.currentTarget.value as 'deny' | 'allow')}>
          <option value="deny">Never highlight</option>
          <option value="allow">Always highlight</option>
        </select>
      </label>
      <button type="submit" class="primary" disabled={action.pending}>
        Add rule
      </button>
      <ErrorAlert error={action.error} />
    </form>
  );
}
