import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());
vi.mock('../../../src/storage/highlights-repo', () => ({
  getHighlight: async () => undefined,
  putHighlight: async () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); },
  deleteHighlight: async () => undefined,
  listHighlightsForArticle: async () => [],
}));

import { makeHighlight } from '../../helpers/highlight-factory';
import { saveHighlight } from '../../../src/background/highlight-service';
import { HandlerError } from '../../../src/messaging/handlers';

describe('a full quota', () => {
  it('is reported as such (code "quota"), not as a generic failure', async () => {
    const h = makeHighlight({ id: '00000000-0000-4000-8000-000000000001' });
    const error = await saveHighlight({ kind: 'ui' }, h).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandlerError);
    expect((error as HandlerError).code).toBe('quota');
    expect((error as HandlerError).message).toMatch(/quota/);
  });
});
