import { useEffect, useState } from 'preact/hooks';
import browser, { type Commands } from 'webextension-polyfill';
import { Section } from '../../ui/components/Section';

/** The manifest's keyboard commands and their current keys. */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<Commands.Command[] | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then(setCommands)
      .catch(() => setCommands([]));
  }, []);
  return (
    <Section id="shortcuts" title="Keyboard shortcuts">
      {commands === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <table>
          <caption class="visually-hidden">Keyboard shortcuts</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {commands
              .filter((command) => command.name !== '_execute_action')
              .map((command) => (
                <tr key={command.name}>
                  <td>{command.description || command.name}</td>
                  <td>
                    {command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="muted">not set</span>}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <p>
        To change them, open <code class="copyable">chrome://extensions/shortcuts</code> in the address bar
        (the browser does not let extension pages link there).
      </p>
    </Section>
  );
}
