import type { ComponentChildren } from 'preact';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible label; also the accessible name unless `ariaLabel` is given. */
  children: ComponentChildren;
  ariaLabel?: string;
  disabled?: boolean;
  class?: string;
}

/** An on/off control: a checkbox with role="switch" inside its label, so a click on the text toggles it. */
export function Switch({ checked, onChange, children, ariaLabel, disabled, class: className }: SwitchProps) {
  return (
    <label class={`switch-row ${className ?? ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-label={ariaLabel}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
