import { useEffect, useState } from 'preact/hooks';
import { callBackgroundFromUi } from '../../messaging/client';
import type { Translate } from '../i18n/translate';

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Storage used, and "clear history" / "delete everything", each behind an explicit confirmation. */
export function DataControls({ t }: { t: Translate }) {
  const [usage, setUsage] = useState<{ highlights: number; bytes: number | null } | null>(null);
  const [confirming, setConfirming] = useState<'history' | 'everything' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = async (): Promise<void> => {
    const page = await callBackgroundFromUi('queryLibrary', { filter: {}, offset: 0, limit: 1 });
    const bytes = await Promise.resolve(navigator.storage?.estimate?.()).then((e) => e?.usage ?? null, () => null);
    setUsage({ highlights: page.ok ? page.value.stored : 0, bytes });
  };
  useEffect(() => void refresh(), []);

  const run = async (what: 'history' | 'everything'): Promise<void> => {
    setConfirming(null);
    if (what === 'history') {
      const r = await callBackgroundFromUi('clearHistory', {});
      setMessage(r.ok ? t('historyCleared', r.value) : t('error', { error: r.error.message }));
    } else {
      const r = await callBackgroundFromUi('deleteEverything', {});
      setMessage(r.ok ? t('everythingDeleted', r.value) : t('error', { error: r.error.message }));
    }
    await refresh();
  };

  return (
    <section class="data-controls" aria-labelledby="data-title" data-testid="data-controls">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p data-testid="storage-used">
        {usage === null ? t('loading') : usage.bytes !== null
          ? t('storageUsed', { highlights: usage.highlights, size: formatBytes(usage.bytes) })
          : t('storageUnknown', { highlights: usage.highlights })}
      </p>
      {confirming === null ? (
        <div class="data-actions">
          <button type="button" class="action" id="clear-history" title={t('clearHistoryHint')} onClick={() => setConfirming('history')}>{t('clearHistory')}</button>
          <button type="button" class="action danger" id="delete-everything" title={t('deleteEverythingHint')} onClick={() => setConfirming('everything')}>{t('deleteEverything')}</button>
        </div>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm">
          <p id="confirm-text">{confirming === 'history' ? t('clearHistoryConfirm') : t('deleteEverythingConfirm', { n: usage?.highlights ?? 0 })}</p>
          <button type="button" class="action danger" id="confirm-yes" ref={(el) => el?.focus()} onClick={() => void run(confirming)}>{t('confirm')}</button>
          <button type="button" class="action" id="confirm-no" onClick={() => setConfirming(null)}>{t('cancel')}</button>
        </div>
      )}
      {message && <p class="muted" role="status" data-testid="data-message">{message}</p>}
    </section>
  );
}
