/**
 * In-page highlighting (selection toolbar, rendering, re-anchoring). This entry point is the
 * contract the content script wires to; the implementation is being built next.
 */
import type { ArticleKey } from '../../core/anchoring/types';

export type HighlightsController = {
  /** The page was identified as this article: load and anchor its highlights. */
  attach(article: ArticleKey): void;
  /** Stored highlights changed elsewhere: reload them. */
  reload(): Promise<void>;
  /** Highlights the current selection; false when there is no usable selection. */
  highlightSelection(color?: string): Promise<boolean>;
  /** Gives an orphan the current selection as its new place. */
  reattach(id: string): Promise<boolean>;
  /** Scrolls to a highlight and flashes it; false when it is not on the page. */
  scrollTo(id: string): boolean;
};

export function startHighlights(_doc: Document): HighlightsController {
  return {
    attach: () => {},
    reload: async () => {},
    highlightSelection: async () => false,
    reattach: async () => false,
    scrollTo: () => false,
  };
}
