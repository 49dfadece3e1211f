import type { Evidence, PageLocation } from '../../core/analysis/types';
import type { Translate } from '../../ui/i18n/translate';
import { Section } from '../../ui/components/section';

/** The "why" list: each signal found, with the exact text; choosing one shows it on the page. */
export function EvidenceList(props: { evidence: Evidence[]; t: Translate; onShow: (location: PageLocation, text: string) => void }) {
  const { evidence, t } = props;
  return (
    <Section title={t('whyTitle')} testId="evidence">
      {evidence.length === 0 ? (
        <p class="muted">{t('noEvidence')}</p>
      ) : (
        <>
          <p class="hint">{t('whyHint')}</p>
          <ul class="evidence">
            {evidence.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  class="evidence-item"
                  data-signal={item.signal}
                  disabled={item.location.kind === 'head'}
                  title={item.location.kind === 'head' ? t('inHead') : t('jump')}
                  onClick={() => props.onShow(item.location, item.text)}
                >
                  <span class={`strength strength-${item.strength}`}>{item.strength}</span>
                  <span class="evidence-text">{item.text}</span>
                  <span class="evidence-signal">{item.signal}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
