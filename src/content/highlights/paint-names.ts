/**
 * Names a page cannot link to the extension: the `CSS.highlights` names and the fallback mark's
 * tag are drawn at random once per page load. In Chromium the highlight registry is shared with
 * the page's own scripts, so while something is painted a page can list these names — but they
 * differ on every load and from every other user, so they identify nothing, and no stylesheet a
 * page can match carries them (the background inserts the paint rules, see background/page-styles.ts).
 */
import { COLOR_PRESETS, colorKey } from '../../settings/highlight-colors';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;

function randomWord(length: number, first = LETTERS, rest = ALNUM): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  for (let i = 0; i < length; i++) {
    const alphabet = i === 0 ? first : rest;
    out += alphabet[(bytes[i] as number) % alphabet.length];
  }
  return out;
}

/** This page load's names. */
export type PaintNames = {
  /** The highlight name of a colour key (six hex digits). */
  forKey(key: string): string;
  /** The name of the flash shown when the panel points at a place. */
  readonly flash: string;
  /** The custom-element tag the wrapping fallback uses (a hyphenated random name). */
  readonly markTag: string;
  /** Paint rules for the background to insert: every preset colour, and the flash. */
  rules(): { name: string; color: string; flash?: boolean }[];
};

const FLASH_COLOR = '#ff922b';

function createPaintNames(): PaintNames {
  const byKey = new Map<string, string>();
  const fresh = (): string => randomWord(12);
  for (const preset of COLOR_PRESETS) byKey.set(colorKey(preset.hex), fresh());
  const flash = fresh();
  const markTag = `${randomWord(6, LETTERS, LETTERS)}-${randomWord(6, LETTERS, LETTERS)}`;
  return {
    forKey: (key) => byKey.get(key) ?? (byKey.get(colorKey(key)) as string),
    flash,
    markTag,
    rules: () => [
      ...[...byKey].map(([key, name]) => ({ name, color: `#${key}` })),
      { name: flash, color: FLASH_COLOR, flash: true },
    ],
  };
}

let names: PaintNames | null = null;

/** The names of this page load (one set per content-script instance). */
export function paintNames(): PaintNames {
  return (names ??= createPaintNames());
}

/** For tests: draw new names (a new page load). */
export function resetPaintNames(): void {
  names = null;
}
