import type { Evidence, PageLocation } from '../../core/analysis/types';
import type { Translate } from '../../ui/i18n/translate';
import { Section } from '../../ui/components/section';
import { evidenceTitle, evidenceWhere, strengthHelp, strengthWord } from '../../ui/evidence-words';

/**
 * The "why" list in plain words: what was found and where, how strong it is (in words, explained
 * on hover and to screen readers), and the exact text from the page, isolated for bidi. Choosing an
 * item shows it on the page; metadata items have nothing visible to show.
 */
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
            {evidence.map((item) => {
              const inHead = item.location.kind === 'head';
              const title = evidenceTitle(item, t);
              const where = evidenceWhere(item, t);
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    class="evidence-item"
                    data-signal={item.signal}
                    data-strength={item.strength}
                    aria-disabled={inHead ? 'true' : undefined}
                    title={`${strengthHelp(item.strength, t)}${inHead ? '' : ` ${t('jump')}`}`}
                    onClick={() => !inHead && props.onShow(item.location, item.text)}
                  >
                    <span class={`strength strength-${item.strength}`} aria-label={strengthHelp(item.strength, t)}>{strengthWord(item.strength, t)}</span>
                    <span class="evidence-body">
                      <span class="evidence-title">{title}</span> <span class="evidence-where muted">{where}</span>
                      <bdi class="evidence-text">{item.text}</bdi>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <p class="hint strength-legend">{t('strengthLegend')}</p>
        </>
      )}
    </Section>
  );
}
