/**
 * Single-page apps change the article without loading a new document (history.pushState), so
 * the content script would keep showing the first article. This notices address changes that
 * are not just a new #fragment and calls back once the page has had a moment to render.
 *
 * The Navigation API tells us directly where the browser has it; elsewhere a cheap once-a-second
 * string comparison of `location.href` (only while the tab is visible) does the job: a content
 * script cannot see the page's own calls to pushState.
 */
export function watchUrlChanges(win: Window, onChange: (url: string) => void, settleMs = 600): () => void {
  let last = withoutHash(win.location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const now = withoutHash(win.location.href);
    if (now === last) return;
    last = now;
    clearTimeout(timer);
    timer = setTimeout(() => onChange(win.location.href), settleMs);
  };
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const cleanups: Array<() => void> = [];
  if (navigation) {
    navigation.addEventListener('navigatesuccess', check);
    cleanups.push(() => navigation.removeEventListener('navigatesuccess', check));
  } else {
    const poll = setInterval(() => {
      if (win.document.visibilityState === 'visible') check();
    }, 1000);
    cleanups.push(() => clearInterval(poll));
  }
  win.addEventListener('popstate', check);
  cleanups.push(() => win.removeEventListener('popstate', check));
  return () => {
    clearTimeout(timer);
    cleanups.forEach((c) => c());
  };
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
