/** A link to a page-derived URL: rendered only for http(s), always in a new tab, never with the opener. */
import type { ComponentChildren } from 'preact';

export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function SafeLink(props: { href: string | undefined; children: ComponentChildren; class?: string }) {
  if (!isHttpUrl(props.href)) return <span class={props.class}>{props.children}</span>;
  return (
    <a class={props.class} href={props.href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
