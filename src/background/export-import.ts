/** Export and import of highlights (formats live in the pure core). */
import { HandlerError } from '../messaging/handlers';

export async function exportHighlights(_request: { format: 'json' | 'markdown'; scope: 'tab' | 'all'; tabId?: number }): Promise<{ fileName: string; mime: string; text: string }> {
  throw new HandlerError('unavailable', 'export is not available yet');
}

export async function importHighlights(_text: string): Promise<{ added: number; updated: number; unchanged: number }> {
  throw new HandlerError('unavailable', 'import is not available yet');
}
