import type { ComponentChildren } from 'preact';
import { useOptimistic } from '../hooks/use-optimistic';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible label; also the accessible name unless `ariaLabel` is given. */
  children: ComponentChildren;
  ariaLabel?: string;
  disabled?: boolean;
  class?: string;
}

/**
 * An on/off control: a checkbox with role="switch" inside its label, so a
 * click on the text toggles it. It shows the new state at once; the stored
 * state arrives with the background's broadcast.
 */
export function Switch({ checked, onChange, children, ariaLabel, disabled, class: className }: SwitchProps) {
  const [shown, setShown] = useOptimistic(checked);
  return (
    <label class={`switch-row ${className ?? ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={shown}
        disabled={disabled}
        aria-label={ariaLabel}
        onChange={(event) => {
          setShown(event.currentTarget.checked);
          onChange(event.currentTarget.checked);
        }}
      />
      <span>{children}</span>
    </label>
  );
}
