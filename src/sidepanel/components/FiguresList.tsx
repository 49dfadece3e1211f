import { useState } from 'preact/hooks';
import type { PageLocation } from '../../core/analysis/types';
import type { KeyFigure } from '../../core/figures/types';
import type { Translate } from '../../ui/i18n/translate';
import { Section } from '../../ui/components/section';

/** What "copy" puts on the clipboard: label, value, and the sentence for context. */
export function figureCopyText(f: KeyFigure): string {
  return `${f.label ? `${f.label} ` : ''}${f.text} (${f.sentence.trim()})`;
}

/** The top key figures (the rest behind "show all"); choosing one shows it on the page. */
export function FiguresList(props: { figures: KeyFigure[]; top: number; t: Translate; onShow: (location: PageLocation, text: string) => void }) {
  const { figures, top, t } = props;
  const [all, setAll] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const shown = all ? figures : figures.slice(0, top);
  const copy = async (f: KeyFigure): Promise<void> => {
    try {
      await navigator.clipboard.writeText(figureCopyText(f));
      setCopied(f.id);
      setTimeout(() => setCopied((c) => (c === f.id ? null : c)), 1500);
    } catch {
      setCopied(null);
    }
  };
  return (
    <Section
      title={t('figuresTitle')}
      testId="figures"
      actions={figures.length > top ? (
        <button type="button" class="link" onClick={() => setAll(!all)}>{all ? t('showFewer') : t('showAll', { n: figures.length })}</button>
      ) : undefined}
    >
      {figures.length === 0 ? <p class="muted">{t('noFigures')}</p> : (
        <ul class="figures">
          {shown.map((f, i) => (
            <li key={f.id} class="figure" data-kind={f.kind}>
              {/* The sentence shows on hover AND on keyboard focus (a title alone reaches neither keyboards nor touch), and is the button's description. */}
              <button type="button" class="figure-main" title={f.sentence} aria-describedby={f.sentence ? `figure-sentence-${i}` : undefined} onClick={() => props.onShow(f.location, f.text)}>
                {f.direction !== 'none' && (
                  <span class={`arrow arrow-${f.direction}`} aria-label={t(f.direction)}>{f.direction === 'up' ? '▲' : '▼'}</span>
                )}
                <bdi class="figure-value">{f.text}</bdi>
                <bdi class="figure-label">{f.label}</bdi>
              </button>
              <button type="button" class="icon" onClick={() => void copy(f)} aria-label={t('copy')}>
                {copied === f.id ? t('copied') : t('copy')}
              </button>
              {f.sentence && <p class="figure-sentence muted" id={`figure-sentence-${i}`} data-testid="figure-sentence"><bdi>{f.sentence}</bdi></p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
