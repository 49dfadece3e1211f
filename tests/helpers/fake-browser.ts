/**
 * An in-memory stand-in for the parts of `webextension-polyfill` we use, for unit tests.
 * Use with: `vi.mock('<path>/src/platform/browser', async () => (await import('<path>/tests/helpers/fake-browser')).fakeBrowserModule())`
 * then `getFakeBrowser()` to drive it. Messages go through the same structured-clone step as in
 * a browser, so a test cannot pass by sharing object identity.
 */
type Listener = (...args: any[]) => any;
type Sender = { id?: string; url?: string; tab?: { id: number; windowId?: number } };

class Event<L extends Listener = Listener> {
  listeners: L[] = [];
  addListener(l: L): void { this.listeners.push(l); }
  removeListener(l: L): void { this.listeners = this.listeners.filter((x) => x !== l); }
  hasListener(l: L): boolean { return this.listeners.includes(l); }
}

class StorageArea {
  data = new Map<string, unknown>();
  constructor(private readonly name: string, private readonly onChanged: Event) {}
  async get(key?: string | string[] | null): Promise<Record<string, unknown>> {
    const keys = key == null ? [...this.data.keys()] : Array.isArray(key) ? key : [key];
    const out: Record<string, unknown> = {};
    for (const k of keys) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data.get(k), newValue: structuredClone(v) };
      this.data.set(k, structuredClone(v));
    }
    for (const l of this.onChanged.listeners) l(changes, this.name);
  }
  async remove(key: string): Promise<void> { this.data.delete(key); }
  async clear(): Promise<void> { this.data.clear(); }
}

export const EXTENSION_ID = 'fake-extension-id';
export const EXTENSION_BASE = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBrowser() {
  const onMessage = new Event();
  const storageChanged = new Event();
  /** Sender used for runtime.sendMessage from the code under test (set per test). */
  let currentSender: Sender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}src/sidepanel/index.html` };
  const tabMessages: Array<{ tabId: number; message: unknown }> = [];
  const badge = new Map<number, string>();
  const cssInserts: Array<{ target: { tabId: number; frameIds?: number[] }; css: string }> = [];

  async function dispatch(message: unknown, sender: Sender): Promise<unknown> {
    const cloned = structuredClone(message);
    for (const l of onMessage.listeners) {
      const r = l(cloned, sender);
      if (r !== undefined) return structuredClone(await r);
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }

  const browser = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => EXTENSION_BASE + path.replace(/^\//, ''),
      onMessage,
      onInstalled: new Event(),
      sendMessage: (message: unknown) => dispatch(message, currentSender),
    },
    storage: {
      onChanged: storageChanged,
      local: new StorageArea('local', storageChanged),
      sync: new StorageArea('sync', storageChanged),
      session: new StorageArea('session', storageChanged),
    },
    tabs: {
      onActivated: new Event(),
      onRemoved: new Event(),
      onUpdated: new Event(),
      query: async () => [{ id: 1, windowId: 1, active: true }],
      sendMessage: async (tabId: number, message: unknown) => {
        tabMessages.push({ tabId, message: structuredClone(message) });
        return undefined;
      },
    },
    windows: { getCurrent: async () => ({ id: 1 }) },
    scripting: {
      insertCSS: async (injection: { target: { tabId: number; frameIds?: number[] }; css: string }) => void cssInserts.push(structuredClone(injection)),
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badge.set(tabId, text),
      setBadgeBackgroundColor: async () => {},
      setTitle: async () => {},
    },
    contextMenus: { removeAll: async () => {}, create: () => {}, onClicked: new Event() },
    commands: { onCommand: new Event() },
    i18n: { getMessage: () => '' },
  };

  return {
    browser,
    /** Sends a message as if from `sender` (a content script in a tab, an extension page…). */
    sendAs: (sender: Sender, message: unknown) => dispatch(message, sender),
    setSender: (sender: Sender) => { currentSender = sender; },
    tabMessages,
    badge,
    cssInserts,
    reset() {
      onMessage.listeners = [];
      storageChanged.listeners = [];
      tabMessages.length = 0;
      cssInserts.length = 0;
      badge.clear();
      for (const area of [browser.storage.local, browser.storage.sync, browser.storage.session]) area.data.clear();
    },
  };
}

let instance: ReturnType<typeof createFakeBrowser> | null = null;

/** The shared fake used by the mocked `src/platform/browser` module. */
export function getFakeBrowser(): ReturnType<typeof createFakeBrowser> {
  instance ??= createFakeBrowser();
  return instance;
}

/** Module shape for `vi.mock` of `src/platform/browser`. */
export function fakeBrowserModule() {
  return { default: getFakeBrowser().browser };
}
