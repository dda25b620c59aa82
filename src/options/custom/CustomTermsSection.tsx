import { useState } from 'preact/hooks';
import type { CustomTerm } from '../../shared/store/records';
import { Section } from '../../ui/components/Section';
import { CustomTermForm } from './CustomTermForm';
import { CustomTermRow } from './CustomTermRow';
import { WatchListFiles } from './WatchListFiles';

/** The user's own words to highlight, beyond the dataset. */
export function CustomTermsSection({ terms }: { terms: CustomTerm[] }) {
  const [editing, setEditing] = useState<CustomTerm | null>(null);
  return (
    <Section id="custom" title="Custom terms">
      <p class="muted">Highlight your own words and phrases: campaign names, malware, people, domains.</p>
      <CustomTermForm editing={editing} onDone={() => setEditing(null)} />
      {terms.length === 0 ? (
        <p class="muted">No custom terms yet.</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Custom terms</caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Text</th>
                <th scope="col">Colour</th>
                <th scope="col">Case</th>
                <th scope="col">Match</th>
                <th scope="col">Enabled</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <CustomTermRow key={term.id} term={term} onEdit={setEditing} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <WatchListFiles terms={terms} />
    </Section>
  );
}
