import type { PageAnalysis } from '../../core/analysis/types';
import type { Translate } from '../../ui/i18n/translate';
import type { MessageKey } from '../../ui/i18n/en';
import { SafeLink } from '../../ui/components/safe-link';
import { whySentence } from '../../ui/evidence-words';

function confidenceKey(c: number): MessageKey {
  return c >= 0.8 ? 'confidenceHigh' : c >= 0.5 ? 'confidenceMedium' : 'confidenceLow';
}

/** Repost / Original / Can't tell, one plain sentence of why, the kind, the confidence in words and the original source. */
export function VerdictCard({ analysis, t }: { analysis: PageAnalysis; t: Translate }) {
  const label = analysis.verdict === 'repost' ? t('verdictRepost') : analysis.verdict === 'original' ? t('verdictOriginal') : t('verdictUnknown');
  const { original } = analysis;
  return (
    <div class={`verdict verdict-${analysis.verdict}`} data-testid="verdict" data-verdict={analysis.verdict} role="group" aria-label={label}>
      <div class="verdict-line">
        <strong class="verdict-label">{label}</strong>
        {analysis.kind && <span class="verdict-kind">{t(`kind_${analysis.kind}` as MessageKey)}</span>}
        <span class="verdict-confidence">{t(confidenceKey(analysis.confidence))}</span>
      </div>
      <p class="verdict-why" data-testid="verdict-why"><bdi>{whySentence(analysis, t)}</bdi></p>
      {analysis.verdict === 'repost' && (original.publisher || original.author || original.url) && (
        <dl class="original" data-testid="original">
          <dt>{t('originalSource')}</dt>
          <dd>
            <SafeLink href={original.url}><bdi>{original.publisher ?? original.author ?? original.url}</bdi></SafeLink>
            {original.publisher && original.author && <span class="muted"> · <bdi>{original.author}</bdi></span>}
          </dd>
          {original.title && (<><dt>{t('originalTitle')}</dt><dd><bdi>{original.title}</bdi></dd></>)}
          {original.date && (<><dt>{t('originalDate')}</dt><dd><bdi>{original.date}</bdi></dd></>)}
        </dl>
      )}
    </div>
  );
}
