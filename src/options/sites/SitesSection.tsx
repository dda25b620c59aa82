import type { SiteRule } from '../../shared/store/records';
import { Section } from '../../ui/components/Section';
import { InlineError } from '../../ui/components/InlineError';
import { useAction } from '../../ui/hooks/use-action';
import { SiteRuleForm } from './SiteRuleForm';

function SiteRuleItem({ rule }: { rule: SiteRule }) {
  const action = useAction();
  return (
    <li class="rule-item">
      <span class={`badge ${rule.mode === 'deny' ? 'warn' : 'accent'}`}>
        {rule.mode === 'deny' ? 'never' : 'always'}
      </span>
      <code class="rule-pattern">{rule.pattern}</code>
      <button
        type="button"
        aria-label={`Remove the rule for ${rule.pattern}`}
        onClick={() => void action.run({ type: 'ui/remove-site-rule', id: rule.id })}
      >
        Remove
      </button>
      <InlineError error={action.error} />
    </li>
  );
}

/** Where highlighting runs. */
export function SitesSection({ rules }: { rules: SiteRule[] }) {
  const sorted = [...rules].sort((a, b) => a.pattern.localeCompare(b.pattern));
  return (
    <Section id="sites" title="Sites">
      <div id="site-pattern-help" class="muted">
        <p>With no rule a site is highlighted. Patterns:</p>
        <ul>
          <li>
            <code>example.com</code>: the site and all its subdomains
          </li>
          <li>
            <code>*.example.com</code>: subdomains only, not example.com itself
          </li>
          <li>
            <code>https://example.com/news/</code>: pages whose address starts with this
          </li>
        </ul>
        <p>
          The most specific matching rule wins, so “always news.example.com” makes an exception to “never
          example.com”. On equally specific rules, “never” wins.
        </p>
      </div>
      <SiteRuleForm />
      {sorted.length === 0 ? (
        <p class="muted">No site rules.</p>
      ) : (
        <ul class="plain-list rule-list">
          {sorted.map((rule) => (
            <SiteRuleItem key={rule.id} rule={rule} />
          ))}
        </ul>
      )}
    </Section>
  );
}
