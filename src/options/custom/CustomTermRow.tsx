import type { CustomTerm } from '../../shared/store/records';
import { Switch } from '../../ui/components/Switch';
import { InlineError } from '../../ui/components/InlineError';
import { useAction } from '../../ui/hooks/use-action';

/** One custom term in the table, with its enable switch, Edit and Remove. */
export function CustomTermRow({ term, onEdit }: { term: CustomTerm; onEdit: (term: CustomTerm) => void }) {
  const action = useAction();
  const { id: _id, createdAt: _createdAt, ...input } = term;
  const name = term.label || term.text;
  return (
    <tr>
      <td>{term.label}</td>
      <td class="term-text">{term.text}</td>
      <td>
        <span class="swatch" style={{ background: term.color }} /> <span class="muted">{term.color}</span>
      </td>
      <td>{term.caseSensitive ? 'Match case' : 'Any case'}</td>
      <td>{term.wholeWord ? 'Whole words' : 'Anywhere'}</td>
      <td>
        <Switch
          checked={term.enabled}
          onChange={(enabled) =>
            void action.run({ type: 'ui/save-custom-term', term: { ...input, id: term.id, enabled } })
          }
        >
          <span class="visually-hidden">Highlight “{name}”</span>
        </Switch>
      </td>
      <td class="row-actions">
        <button type="button" onClick={() => onEdit(term)} aria-label={`Edit “${name}”`}>
          Edit
        </button>
        <button
          type="button"
          onClick={() => void action.run({ type: 'ui/remove-custom-term', id: term.id })}
          aria-label={`Remove “${name}”`}
        >
          Remove
        </button>
        <InlineError error={action.error} />
      </td>
    </tr>
  );
}
