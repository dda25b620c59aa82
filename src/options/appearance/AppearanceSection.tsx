import type { Settings } from '../../shared/settings';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { Section } from '../../ui/components/Section';
import { Switch } from '../../ui/components/Switch';
import { useAction } from '../../ui/hooks/use-action';

const STYLES: { value: Settings['highlightStyle']; label: string }[] = [
  { value: 'background', label: 'Background colour' },
  { value: 'underline', label: 'Underline' },
  { value: 'outline', label: 'Outline' },
];

/** The master switch, how mentions look and whether the hover card appears. */
export function AppearanceSection({ settings }: { settings: Settings }) {
  const action = useAction();
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void action.run({ type: 'ui/set-setting', key, value });
  return (
    <Section id="appearance" title="Appearance">
      <div class="stack">
        <Switch checked={settings.enabled} onChange={(value) => set('enabled', value)}>
          Highlight mentions on web pages (master switch)
        </Switch>
        <Switch checked={settings.hoverCard} onChange={(value) => set('hoverCard', value)}>
          Show a card when the pointer rests on a mention
        </Switch>
        <fieldset class="radio-group">
          <legend>Highlight style</legend>
          {STYLES.map((style) => (
            <label key={style.value}>
              <input
                type="radio"
                name="highlight-style"
                value={style.value}
                checked={settings.highlightStyle === style.value}
                onChange={() => set('highlightStyle', style.value)}
              />{' '}
              <span class={`style-sample style-${style.value}`}>{style.label}</span>
            </label>
          ))}
        </fieldset>
        <ErrorAlert error={action.error} />
      </div>
    </Section>
  );
}
