/**
 * Highlight colours for the extension's contexts: a re-export of the one list in
 * src/core/colors (settings, painting, import, filters and the search index all share it).
 */
export { COLOR_PRESETS, PRESET_HEXES, canonicalColor, colorKey, colorLabel, colorNameOf, presetOf, storedColor, type ColorLanguage, type ColorPreset } from '../core/colors/highlight-colors';
