import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', async () => (await import('../../helpers/fake-browser')).fakeBrowserModule());

import { getFakeBrowser, EXTENSION_BASE, EXTENSION_ID } from '../../helpers/fake-browser';
import { registerHandlers, HandlerError, type Handlers } from '../../../src/messaging/handlers';
import { callBackgroundFromUi } from '../../../src/messaging/client';
import { makeEnvelope } from '../../../src/messaging/envelope';
import type { UiToBackground } from '../../../src/messaging/protocol';
import { isContentScriptSender, isExtensionPageSender } from '../../../src/messaging/senders';

const fake = getFakeBrowser();

function uiHandlers(overrides: Partial<Handlers<UiToBackground>> = {}): Handlers<UiToBackground> {
  const notUsed = () => { throw new Error('not used'); };
  return {
    getTabState: ({ tabId }) => (tabId === 7 ? null : notUsed()),
    updateHighlight: notUsed,
    deleteHighlight: () => { throw new HandlerError('not-found', 'no such highlight'); },
    restoreHighlight: notUsed,
    searchHighlights: async () => [],
    exportHighlights: notUsed,
    importHighlights: notUsed,
    exportHistory: notUsed,
    queryLibrary: notUsed,
    exportSelection: notUsed,
    getTabInfo: notUsed,
    clearHistory: notUsed,
    deleteEverything: notUsed,
    ...overrides,
  };
}

describe('message handlers', () => {
  beforeEach(() => {
    fake.reset();
    fake.setSender({ id: EXTENSION_ID, url: `${EXTENSION_BASE}src/sidepanel/index.html` });
  });

  it('answers a valid call with an ok result', async () => {
    registerHandlers('ui-to-background', uiHandlers(), isExtensionPageSender);
    expect(await callBackgroundFromUi('getTabState', { tabId: 7 })).toEqual({ ok: true, value: null });
  });

  it('answers a malformed payload with an error and never calls the handler', async () => {
    const getTabState = vi.fn();
    registerHandlers('ui-to-background', uiHandlers({ getTabState }), isExtensionPageSender);
    const reply = await fake.sendAs({ id: EXTENSION_ID, url: `${EXTENSION_BASE}x.html` }, makeEnvelope('ui-to-background', 'getTabState', { tabId: 'seven' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(getTabState).not.toHaveBeenCalled();
  });

  it('answers an unknown message type of ours with an error', async () => {
    registerHandlers('ui-to-background', uiHandlers(), isExtensionPageSender);
    const reply = await fake.sendAs({ id: EXTENSION_ID, url: `${EXTENSION_BASE}x.html` }, makeEnvelope('ui-to-background', 'dropDatabase', {}));
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('does not answer messages that are not ours, so other receivers can', async () => {
    registerHandlers('ui-to-background', uiHandlers(), isExtensionPageSender);
    await expect(fake.sendAs({ id: EXTENSION_ID }, { type: 'something-else' })).rejects.toThrow(/Receiving end/);
    await expect(fake.sendAs({ id: EXTENSION_ID }, makeEnvelope('to-content', 'scrollToHighlight', { id: 'x' }))).rejects.toThrow(/Receiving end/);
  });

  it('refuses UI calls from a web page content script', async () => {
    registerHandlers('ui-to-background', uiHandlers(), isExtensionPageSender);
    const reply = await fake.sendAs({ id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 3 } }, makeEnvelope('ui-to-background', 'getTabState', { tabId: 7 }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a HandlerError into a failed result with its code', async () => {
    registerHandlers('ui-to-background', uiHandlers(), isExtensionPageSender);
    expect(await callBackgroundFromUi('deleteHighlight', { id: '00000000-0000-4000-8000-00000000dead' })).toEqual({ ok: false, error: { code: 'not-found', message: 'no such highlight' } });
  });

  it('turns an unexpected exception into an internal error without crashing', async () => {
    const onError = vi.fn();
    registerHandlers('ui-to-background', uiHandlers({ searchHighlights: () => { throw new TypeError('boom'); } }), isExtensionPageSender, onError);
    expect(await callBackgroundFromUi('searchHighlights', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onError).toHaveBeenCalledOnce();
  });

  it('tells content scripts and extension pages apart', () => {
    expect(isContentScriptSender({ id: EXTENSION_ID, url: 'http://127.0.0.1/a', tab: { id: 1 } } as never)).toBe(true);
    expect(isContentScriptSender({ id: 'other-extension', url: 'http://127.0.0.1/a', tab: { id: 1 } } as never)).toBe(false);
    expect(isContentScriptSender({ id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` } as never)).toBe(false);
    expect(isExtensionPageSender({ id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` } as never)).toBe(true);
    expect(isExtensionPageSender({ id: EXTENSION_ID, url: 'https://example.com/' } as never)).toBe(false);
  });
});
