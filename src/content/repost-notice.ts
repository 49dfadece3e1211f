/**
 * The optional in-page repost notice (setting `repostNotice`, off by default): a small box naming
 * the original, in a CLOSED shadow root on a bare host. It is the one piece of our UI a page can
 * see while idle — the host element itself is in the page's DOM, so a page can tell that the
 * extension is installed — which is why it is off unless the reader asks for it (the popup and
 * the README say so). Dismissing it adds the site to `noticeDismissedSites`.
 */
import type { PageReport } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { siteOf } from '../settings/site-access';

const TEXT = {
  en: { repostOf: 'Repost of ', repost: 'This page is a repost', dismiss: 'Hide on this site', label: 'Repost Lens' },
  'zh-CN': { repostOf: '转载自', repost: '此页面是转载', dismiss: '在此网站上隐藏', label: '转载透镜' },
} as const;

const CSS = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px; display: flex; gap: 8px; align-items: center;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; color: #1f2328; background: #fff7ed;
  border: 1px solid #c2410c; border-radius: 8px; padding: 8px 10px; box-shadow: 0 2px 10px rgba(0,0,0,.2); }
.name { font-weight: 600; unicode-bidi: isolate; overflow-wrap: anywhere; }
button { all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: inherit; }
button:focus-visible { outline: 2px solid #0969da; }
@media (prefers-color-scheme: dark) { .box { color: #f0f6fc; background: #3d1d0a; border-color: #f0883e; } }
`;

function language(settings: Settings): 'en' | 'zh-CN' {
  if (settings.language !== 'auto') return settings.language;
  return /^zh\b/i.test(navigator.language) ? 'zh-CN' : 'en';
}

/** Whether the notice should show for this report under these settings. */
export function wantsNotice(settings: Settings, report: PageReport): boolean {
  if (!settings.repostNotice || report.analysis?.isRepost !== true) return false;
  return !settings.noticeDismissedSites.includes(siteOf(report.url));
}

/** Shows the notice; `onDismiss` is called (and the box removed) when the reader hides it. Returns a remover. */
export function showRepostNotice(doc: Document, report: PageReport, settings: Settings, onDismiss: (site: string) => void): () => void {
  const text = TEXT[language(settings)];
  const host = doc.createElement('div');
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', text.label);
  const line = doc.createElement('span');
  const original = report.analysis?.original.publisher ?? report.analysis?.original.author;
  if (original) {
    const name = doc.createElement('bdi');
    name.className = 'name';
    name.textContent = original;
    line.append(text.repostOf, name);
  } else {
    line.textContent = text.repost;
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.title = text.dismiss;
  close.setAttribute('aria-label', text.dismiss);
  const remove = (): void => host.remove();
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    remove();
    onDismiss(siteOf(report.url));
  });
  box.append(line, close);
  root.append(style, box);
  (doc.body ?? doc.documentElement).appendChild(host);
  return remove;
}
