/** Expressions evaluated inside an extension context (service worker or extension page). */

/**
 * Reads every record of one store of IndexedDB 'repost-lens'. Never creates the database:
 * opening a missing one would create it at version 1 with no stores, and the extension's own
 * upgrade would then skip creating them. So an upgrade is aborted and read as "no records yet".
 */
export function readStore(store: 'pages' | 'highlights'): string {
  return `new Promise((resolve, reject) => {
  const open = indexedDB.open('repost-lens');
  let missing = false;
  open.onupgradeneeded = () => { missing = true; open.transaction.abort(); };
  open.onerror = () => (missing ? resolve([]) : reject(open.error));
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(${JSON.stringify(store)})) { db.close(); resolve([]); return; }
    const req = db.transaction(${JSON.stringify(store)}, 'readonly').objectStore(${JSON.stringify(store)}).getAll();
    req.onsuccess = () => { db.close(); resolve(JSON.parse(JSON.stringify(req.result))); };
    req.onerror = () => { db.close(); reject(req.error); };
  };
})`;
}

export const READ_STORED_PAGES = readStore('pages');
export const READ_HIGHLIGHTS = readStore('highlights');

/** The settings mirror in storage.local. */
export const READ_SETTINGS = `(globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((r) => r.settings)`;

/** Tab id of the tab currently showing `url` (the active one if several). */
export function tabIdByUrl(url: string): string {
  return `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => {
    const all = tabs.filter((t) => t.url === ${JSON.stringify(url)});
    const t = all.find((x) => x.active) ?? all[all.length - 1];
    return t ? t.id : null;
  })`;
}
