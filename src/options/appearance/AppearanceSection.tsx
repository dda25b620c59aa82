import type { Settings } from '../../shared/settings';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { Section } from '../../ui/components/Section';
import { Switch } from '../../ui/components/Switch';
import { useAction } from '../../ui/hooks/use-action';
import { useOptimistic } from '../../ui/hooks/use-optimistic';

const STYLES: { value: Settings['highlightStyle']; label: string }[] = [
  { value: 'background', label: 'Background colour' },
  { value: 'underline', label: 'Underline' },
  { value: 'outline', label: 'Outline' },
];

/** The master switch, how mentions look and whether the hover card appears. */
export function AppearanceSection({ settings }: { settings: Settings }) {
  const action = useAction();
  const [style, setStyle] = useOptimistic(settings.highlightStyle);
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
          {STYLES.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name="highlight-style"
                value={option.value}
                checked={style === option.value}
                onChange={() => {
                  setStyle(option.value);
                  set('highlightStyle', option.value);
                }}
              />{' '}
              <span class={`style-sample style-${option.value}`}>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <ErrorAlert error={action.error} />
      </div>
    </Section>
  );
}
