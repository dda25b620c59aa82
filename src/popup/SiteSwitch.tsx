import { useState } from 'preact/hooks';
import { askBackground } from '../shared/messages/send';
import type { AppError } from '../shared/result';
import { hostOf } from '../shared/site-rules';
import { ErrorAlert } from '../ui/components/ErrorAlert';
import { Switch } from '../ui/components/Switch';

/** On/off for the current site (a deny rule for its host, or lifting the rules that deny it). */
export function SiteSwitch({ url, enabled }: { url: string | null; enabled: boolean }) {
  const [error, setError] = useState<AppError | null>(null);
  // Only web pages have a site a rule can name; browser and extension pages are never highlighted.
  const host = url && /^https?:/i.test(url) ? hostOf(url) : null;
  if (!url || !host) {
    return <p class="muted">This page cannot be highlighted (only web pages have a site to switch).</p>;
  }
  const change = (next: boolean) => {
    setError(null);
    void askBackground({ type: 'ui/set-site-enabled', url, enabled: next }).then((answer) => {
      if (!answer.ok) {
        setError(answer.error);
      }
    });
  };
  return (
    <>
      <Switch checked={enabled} onChange={change}>
        Highlight on <strong>{host}</strong>
      </Switch>
      <ErrorAlert error={error} />
    </>
  );
}
