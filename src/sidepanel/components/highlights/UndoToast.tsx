import type { Translate } from '../../../ui/i18n/translate';

/** "Highlight deleted. Undo", shown for a few seconds after a delete. */
export function UndoToast(props: { t: Translate; onUndo: () => void }) {
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{props.t('deleted')}</span>
      <button type="button" class="action" onClick={props.onUndo}>{props.t('undo')}</button>
    </div>
  );
}
