import type { PageAnalysis } from '../../core/analysis/types';
import type { Translate } from '../../ui/i18n/translate';
import type { MessageKey } from '../../ui/i18n/en';
import { SafeLink } from '../../ui/components/safe-link';

function confidenceKey(c: number): MessageKey {
  return c >= 0.8 ? 'confidenceHigh' : c >= 0.5 ? 'confidenceMedium' : 'confidenceLow';
}

/** Repost / Original / Can't tell, with the kind, the confidence in words and the original source. */
export function VerdictCard({ analysis, t }: { analysis: PageAnalysis; t: Translate }) {
  const label = analysis.verdict === 'repost' ? t('verdictRepost') : analysis.verdict === 'original' ? t('verdictOriginal') : t('verdictUnknown');
  const { original } = analysis;
  return (
    <div class={`verdict verdict-${analysis.verdict}`} data-testid="verdict" data-verdict={analysis.verdict}>
      <div class="verdict-line">
        <strong class="verdict-label">{label}</strong>
        {analysis.kind && <span class="verdict-kind">{t(`kind_${analysis.kind}` as MessageKey)}</span>}
        <span class="verdict-confidence">{t(confidenceKey(analysis.confidence))}</span>
      </div>
      {analysis.verdict === 'repost' && (original.publisher || original.author || original.url) && (
        <dl class="original" data-testid="original">
          <dt>{t('originalSource')}</dt>
          <dd>
            <SafeLink href={original.url}>{original.publisher ?? original.author ?? original.url}</SafeLink>
            {original.publisher && original.author && <span class="muted"> · {original.author}</span>}
          </dd>
          {original.title && (<><dt>{t('originalTitle')}</dt><dd>{original.title}</dd></>)}
          {original.date && (<><dt>{t('originalDate')}</dt><dd>{original.date}</dd></>)}
        </dl>
      )}
    </div>
  );
}
