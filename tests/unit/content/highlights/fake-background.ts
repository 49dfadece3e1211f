/**
 * A stand-in background for content-side tests: answers the content→background protocol from an
 * in-memory list, through the fake runtime (so payloads are validated and structured-cloned as in
 * a browser). Use after `vi.mock` of src/platform/browser with tests/helpers/fake-browser.
 */
import type { Highlight } from '../../../../src/core/anchoring/types';
import { registerHandlers } from '../../../../src/messaging/handlers';
import type { AnchoringReport } from '../../../../src/messaging/protocol';

export function startFakeBackground(initial: Highlight[] = []) {
  const store = new Map(initial.map((h) => [h.id, structuredClone(h)]));
  const reports: AnchoringReport[] = [];
  const calls: string[] = [];
  const stop = registerHandlers(
    'content-to-background',
    {
      pageAnalysed: () => ({ tabId: 1 }),
      listHighlightsForArticle: () => (calls.push('list'), { highlights: [...store.values()], challenges: null }),
      proveQuotes: () => (calls.push('prove'), []),
      saveHighlight: ({ highlight }) => (calls.push('save'), store.set(highlight.id, highlight), highlight),
      anchoringReported: (report) => (reports.push(report), null),
      updateHighlight: ({ id, patch }) => {
        calls.push('update');
        const next = { ...(store.get(id) as Highlight), ...patch, updated: Date.now() };
        store.set(id, next);
        return next;
      },
      deleteHighlight: ({ id }) => {
        calls.push('delete');
        const h = store.get(id) as Highlight;
        store.delete(id);
        return h;
      },
      restoreHighlight: ({ highlight }) => (calls.push('restore'), store.set(highlight.id, highlight), highlight),
      requestContent: () => ({ injected: false }),
      pageSnapshot: () => ({ analysed: false, injected: false }),
      pageMoved: () => null,
      getTabArticle: () => ({ article: null, report: null }),
      openNoteEditor: () => (calls.push('note'), { opened: false }),
      insertHighlightStyles: () => (calls.push('styles'), { inserted: true }),
    },
    () => true,
  );
  return { store, reports, calls, stop, lastReport: () => reports[reports.length - 1] };
}

/** Resolves once `check` passes (polling; the code under test runs on timers and messages). */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
