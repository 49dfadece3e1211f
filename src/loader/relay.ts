/**
 * Commands for the content bundle (scroll to a figure or a piece of evidence, highlight the
 * selection, a stored highlight changed) may arrive while it is not in the page: it is injected
 * only where it is needed. The loader takes such a message, asks the background for the bundle,
 * and leaves the message in the handoff; the bundle answers it when it starts. Once the bundle
 * runs, the loader stays silent and the bundle's own listener answers.
 */
import { runtime, requestContent, type Listener } from './ask-background';
import { readHandoff, writeHandoff } from './handoff';

const UNAVAILABLE = { ok: false, error: { code: 'unavailable', message: 'the content bundle could not start on this page' } };

function isForContent(message: unknown): boolean {
  const m = message as { rl?: unknown; dir?: unknown } | null;
  return typeof m === 'object' && m !== null && m.rl === 1 && m.dir === 'to-content';
}

/** Starts relaying; stops with `signal`. `looksLikeArticle` is the loader's verdict for the handoff. */
export function relayToContent(signal: AbortSignal, looksLikeArticle: () => boolean): void {
  const onMessage = runtime()?.onMessage;
  if (!onMessage) return;
  const listener: Listener = (message, sender, respond) => {
    const handoff = readHandoff();
    if (handoff?.contentStarted || !isForContent(message) || sender.id !== runtime()?.id) return undefined;
    const pending = handoff?.pending ?? [];
    pending.push({ message, sender, respond });
    writeHandoff({ ...handoff, reason: handoff?.reason ?? 'command', looksLikeArticle: handoff?.looksLikeArticle ?? looksLikeArticle(), pending });
    void requestContent('command').then((injected) => {
      if (injected) return;
      // Not injected (site switched off, or it failed): answer what we took, never leave it hanging.
      const left = readHandoff()?.pending ?? [];
      for (const p of left.splice(0)) p.respond(UNAVAILABLE);
    });
    // Answered asynchronously (by the bundle, or above).
    return true;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener));
}
