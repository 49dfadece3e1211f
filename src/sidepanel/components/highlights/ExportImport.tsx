import { useRef } from 'preact/hooks';
import type { Translate } from '../../../ui/i18n/translate';

/** Export buttons and the import file picker; the work is done by the parent through the background. */
export function ExportImport(props: {
  t: Translate;
  canExportArticle: boolean;
  onExport: (format: 'json' | 'markdown', scope: 'tab' | 'all') => void;
  onImport: (text: string) => void;
}) {
  const { t } = props;
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="hl-io">
      {props.canExportArticle && (
        <>
          <button type="button" class="action" onClick={() => props.onExport('markdown', 'tab')}>{t('exportMarkdown')}</button>
          <button type="button" class="action" onClick={() => props.onExport('json', 'tab')}>{t('exportJson')}</button>
        </>
      )}
      <button type="button" class="action" onClick={() => props.onExport('json', 'all')}>{t('exportAllJson')}</button>
      <button type="button" class="action" onClick={() => input.current?.click()}>{t('importJson')}</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,application/ld+json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          const file = el.files?.[0];
          el.value = '';
          if (file) void file.text().then(props.onImport);
        }}
      />
    </div>
  );
}
