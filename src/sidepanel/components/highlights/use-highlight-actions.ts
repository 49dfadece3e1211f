/**
 * What the highlights section asks of the background and the page: edits, delete with undo,
 * show/re-attach on the page, export and import. Results come back as UI state (a toast or a
 * message); the list itself refreshes through the background's `highlightsChanged` event.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../../../core/anchoring/types';
import { callBackgroundFromUi, sendToTab } from '../../../messaging/client';
import type { Translate } from '../../../ui/i18n/translate';
import { downloadText } from './download';

/** How long the Undo button stays after a delete. */
export const UNDO_MS = 8000;

/** A line shown under the list (import result, an error). */
export type PanelMessage = { kind: 'info' | 'error'; text: string };

/** The highlights section's actions for tab `tabId`, with the toast and message state they produce. */
export function useHighlightActions(tabId: number, t: Translate) {
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const fail = (text: string): void => setMessage({ kind: 'error', text });

  return {
    deleted,
    message,
    show(h: Highlight): void {
      void sendToTab(tabId, 'scrollToHighlight', { id: h.id });
    },
    openOnPage(h: Highlight): void {
      void sendToTab(tabId, 'scrollToHighlight', { id: h.id, menu: true });
    },
    async reattach(h: Highlight): Promise<void> {
      const result = await sendToTab(tabId, 'reattachOrphan', { id: h.id });
      setMessage(result.ok && result.value.reattached ? null : { kind: 'error', text: t('reattachFailed') });
    },
    async remove(h: Highlight): Promise<void> {
      const result = await callBackgroundFromUi('deleteHighlight', { id: h.id });
      if (!result.ok) return fail(t('error', { error: result.error.message }));
      setDeleted(result.value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
    },
    async undo(): Promise<void> {
      const h = deleted;
      setDeleted(null);
      if (!h) return;
      const result = await callBackgroundFromUi('restoreHighlight', { highlight: h });
      if (!result.ok) fail(t('error', { error: result.error.message }));
    },
    async saveNote(h: Highlight, note: string): Promise<void> {
      const result = await callBackgroundFromUi('updateHighlight', { id: h.id, patch: { note } });
      if (!result.ok) fail(t('error', { error: result.error.message }));
    },
    async exportFile(format: 'json' | 'markdown', scope: 'tab' | 'all'): Promise<void> {
      const result = await callBackgroundFromUi('exportHighlights', { format, scope, ...(scope === 'tab' ? { tabId } : {}) });
      if (!result.ok) return fail(t('exportFailed', { error: result.error.message }));
      downloadText(result.value.fileName, result.value.mime, result.value.text);
    },
    async importFile(text: string): Promise<void> {
      const result = await callBackgroundFromUi('importHighlights', { text });
      setMessage(result.ok
        ? { kind: 'info', text: t('imported', result.value) }
        : { kind: 'error', text: t('importFailed', { error: result.error.message }) });
    },
  };
}
