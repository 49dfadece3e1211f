import type { TabState } from '../../messaging/protocol';
import type { Settings } from '../../settings/schema';
import type { Translate } from '../../ui/i18n/translate';
import { Section } from '../../ui/components/section';

/** This article's highlights. (The full list with editing, orphans, search and export comes next.) */
export function HighlightsPanel({ state, t }: { state: TabState; settings: Settings; t: Translate }) {
  return (
    <Section title={t('highlightsTitle')} testId="highlights">
      {state.highlights.length === 0 ? <p class="muted">{t('noHighlights')}</p> : (
        <ul class="highlights">
          {state.highlights.map((h) => <li key={h.id}>{h.selectors.quote.exact}</li>)}
        </ul>
      )}
    </Section>
  );
}
