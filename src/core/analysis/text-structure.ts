import type { TextIndex } from '../text/text-index';
import { nodeIndexAt } from '../text/text-index';

/**
 * Where a piece of text sits, structurally and whatever the language: its line (block) in the
 * index text, whether it is a photo caption or credit, whether it is page chrome (footer, sidebar,
 * navigation) rather than the article. Credit lines are weighed by these positions: "(dpa)" closing
 * a paragraph is wire copy, "Foto: dpa" under an image is not.
 */

export type Line = { start: number; end: number; text: string };

/** The line (between '\n's) around `offset`. */
export function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The part of a line around a credit that a photo word would share it with ("Foto: dpa"): the whole line
 * when short; on a huge line (a page whose text is one block) only the neighbourhood, so that each hit
 * costs its surroundings, not the page.
 */
export function creditWindow(line: Line, at: number): string {
  if (line.end - line.start <= 400) return line.text;
  const from = Math.max(line.start, at - 150);
  return line.text.slice(from - line.start, Math.min(line.end, at + 150) - line.start);
}

/** The next non-blank line after `line` (within 400 characters), if any. */
export function nextLine(text: string, line: Line): Line | undefined {
  let from = line.end + 1;
  while (from < text.length && from < line.end + 400) {
    const l = lineAt(text, from);
    if (l.text.trim()) return l;
    from = l.end + 1;
  }
  return undefined;
}

/** The element holding the text at `offset`. */
export function elementAt(index: TextIndex, offset: number): Element | null {
  const i = nodeIndexAt(index, offset);
  return i < 0 ? null : index.nodes[i]?.parentElement ?? null;
}

// Unambiguous anywhere in a class ("wp-caption-text", "imageCaption"); the others as whole class parts
// ("photo-credit", "img_wrap"), so that "hasHeaderImage" on an article column is no caption.
const CAPTION_WORD = /caption|legende|didascalia|leyenda|pie-?de-?foto|bildunterschrift|bildtext/i;
const CAPTION_PART = /(?:^|[\s_-])(?:credit|credits|foto|fotos|photo|photos|bild|image|images|img|picture|gallery|slide|slideshow|media-?info|legend|copyright-?image)(?:$|[\s_-])/i;
const CHROME_CLASS = /(?:^|[\s_-])(?:footer|foot|sidebar|side-bar|aside|nav|navbar|menu|related|recommend|comment|comments|widget|promo|teaser|breadcrumb|cookie|newsletter|share|social|next|prev|previous|more-stories|read-more|readmore)(?:$|[\s_-])/i;
const PHOTO_WORDS = /(?:^|[\s(［[|/·•])(?:foto|fotos|photo|photos|bild|bilder|imagen|imágenes|image|images|immagine|zdjęcie|fot\.|фото|사진|写真|图片|圖片|图|grafik|grafiken|illustration|video|vídeo|picture|photograph|photography|cover|titelbild|aufmacher|portada)\s*[:：/©]/i;

/** Whether the element is (in) a photo caption or image credit. */
export function isCaption(el: Element | null): boolean {
  for (let e = el, depth = 0; e && depth < 5; e = e.parentElement, depth++) {
    const tag = e.localName;
    if (tag === 'figcaption' || tag === 'figure' || tag === 'picture') return true;
    if (tag === 'article' || tag === 'main' || tag === 'body') return false;
    const cls = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (cls.length > 1 && (CAPTION_WORD.test(cls) || CAPTION_PART.test(cls))) return true;
  }
  return false;
}

/** Whether a credit line names a photo, an image or a video ("Foto: dpa", "写真：ロイター"). */
export function isPhotoCredit(line: string): boolean {
  return PHOTO_WORDS.test(line);
}

/** Whether the element is page chrome (footer, navigation, sidebar) rather than article text. */
export function isChrome(el: Element | null): boolean {
  for (let e = el, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
    const tag = e.localName;
    if (tag === 'footer' || tag === 'nav' || tag === 'aside') return true;
    if (tag === 'article' || tag === 'main' || tag === 'body') return false;
    const cls = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (cls.length > 1 && CHROME_CLASS.test(cls)) return true;
  }
  return false;
}
