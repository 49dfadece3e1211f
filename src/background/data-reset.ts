/**
 * "Clear history" (the analysed pages) and "delete everything" (pages, highlights and notes),
 * asked for from the popup or the options page after a confirmation there.
 */
import { getDb } from '../storage/open-db';
import { resetSearchIndex } from '../storage/search-index';
import { notifyHighlightsChanged } from './notify';

export async function clearHistory(): Promise<{ pages: number }> {
  const db = await getDb();
  const tx = db.transaction('pages', 'readwrite');
  const pages = await tx.store.count();
  await tx.store.clear();
  await tx.done;
  return { pages };
}

export async function deleteEverything(): Promise<{ pages: number; highlights: number }> {
  const db = await getDb();
  const tx = db.transaction(['pages', 'highlights'], 'readwrite');
  const pages = await tx.objectStore('pages').count();
  const highlights = await tx.objectStore('highlights').count();
  await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('highlights').clear()]);
  await tx.done;
  resetSearchIndex();
  // Pages showing highlights reload their (now empty) list and unpaint.
  await notifyHighlightsChanged([]);
  return { pages, highlights };
}
