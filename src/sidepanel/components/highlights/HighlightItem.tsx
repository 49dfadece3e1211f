import type { Highlight } from '../../../core/anchoring/types';
import type { Translate } from '../../../ui/i18n/translate';
import { SafeLink } from '../../../ui/components/safe-link';
import { ColorChip } from './ColorChip';
import { NoteEditor } from './NoteEditor';

/** What an item can do; absent handlers hide their buttons. */
export type HighlightActions = {
  onShow?: (h: Highlight) => void;
  /** Opens the highlight's in-page menu with keyboard focus (the keyboard way to reach it on the page). */
  onOpenOnPage?: (h: Highlight) => void;
  onReattach?: (h: Highlight) => void;
  onDelete: (h: Highlight) => void;
  onNote: (h: Highlight, note: string) => void;
};

/**
 * One highlight: colour, quote, note (editable in place), where it was made when that is another
 * site, and its actions. All page-derived text is rendered as text nodes.
 */
export function HighlightItem(props: { highlight: Highlight; currentHost: string; t: Translate; actions: HighlightActions; showSource?: boolean }) {
  const { highlight: h, t, actions } = props;
  return (
    <li class="hl-item" data-testid="highlight" data-id={h.id}>
      <div class="hl-quote-row">
        <ColorChip color={h.color} t={t} />
        <blockquote class="hl-quote"><bdi>{h.selectors.quote.exact}</bdi></blockquote>
      </div>
      {props.showSource && <SafeLink class="hl-source" href={h.article.pageUrl}><bdi>{h.pageTitle || h.article.pageUrl}</bdi></SafeLink>}
      {h.madeOn && h.madeOn !== props.currentHost && <p class="hl-made-on muted">{t('madeOn', { site: h.madeOn })}</p>}
      <NoteEditor note={h.note} placeholder={t('notePlaceholder')} onSave={(note) => actions.onNote(h, note)} />
      <div class="hl-actions">
        {actions.onShow && <button type="button" class="link" onClick={() => actions.onShow?.(h)}>{t('jump')}</button>}
        {actions.onOpenOnPage && <button type="button" class="link" data-testid="open-on-page" title={t('openOnPageHelp')} onClick={() => actions.onOpenOnPage?.(h)}>{t('openOnPage')}</button>}
        {actions.onReattach && <button type="button" class="action" onClick={() => actions.onReattach?.(h)}>{t('reattach')}</button>}
        <button type="button" class="link" onClick={() => actions.onDelete(h)}>{t('delete')}</button>
      </div>
    </li>
  );
}
