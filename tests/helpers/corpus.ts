import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtmlFile } from '../../src/cli/read-html-file';

/** One entry of ../shared/corpus/labels.json (see the corpus README). */
export type CorpusLabel = {
  url: string;
  repost: boolean;
  original_names?: string[];
  original_url_contains?: string;
  intermediary_names?: string[];
  figures?: string[];
  note?: string;
  /** ISO 639-1 language of the page (set on web/ entries). */
  lang?: string;
};

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The corpus folder: $REPOST_LENS_CORPUS, else ../shared/corpus beside the project. */
export function corpusDir(): string {
  return resolve(process.env.REPOST_LENS_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus'));
}

/** Whether the corpus (with its labels) is present. */
export function corpusAvailable(): boolean {
  return existsSync(join(corpusDir(), 'labels.json'));
}

/**
 * The labelled pages, keyed by path relative to the corpus folder. Throws (never returns an empty
 * set) when the corpus is missing, so no accuracy test can pass without its data.
 */
export function loadLabels(): Record<string, CorpusLabel> {
  const file = join(corpusDir(), 'labels.json');
  if (!existsSync(file)) {
    throw new Error(`The corpus is missing: ${file} not found. Set REPOST_LENS_CORPUS to the corpus folder.`);
  }
  const labels = JSON.parse(readFileSync(file, 'utf8')) as Record<string, CorpusLabel>;
  if (Object.keys(labels).length === 0) throw new Error(`${file} has no labelled pages`);
  return labels;
}

/**
 * The HTML of one corpus page (path relative to the corpus folder), decoded as the CLI and a
 * browser decode it: by byte-order mark or `<meta charset>` (GBK portals, Shift_JIS blogs), else UTF-8.
 */
export function readCorpusPage(path: string): string {
  const file = join(corpusDir(), path);
  // A page stored as UTF-8 whose meta still declares its original GBK is read as the UTF-8 it is
  // (GBK text is practically never valid UTF-8); otherwise the declared charset decides.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).replace(/^\uFEFF/, '');
  } catch {
    return readHtmlFile(file);
  }
}
