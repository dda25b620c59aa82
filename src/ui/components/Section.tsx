import type { ComponentChildren } from 'preact';

/** A titled page section; its id is the target of the page's navigation links. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} class="options-section">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
