import type { ComponentChildren } from 'preact';

/** A titled block of the panel. */
export function Section(props: { title: string; testId: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="section" data-testid={props.testId} aria-label={props.title}>
      <header class="section-head">
        <h2>{props.title}</h2>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}
