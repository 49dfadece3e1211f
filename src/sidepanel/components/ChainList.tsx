import type { Hop } from '../../core/analysis/types';
import type { Translate } from '../../ui/i18n/translate';
import type { MessageKey } from '../../ui/i18n/en';
import { SafeLink } from '../../ui/components/safe-link';
import { Section } from '../../ui/components/section';

/** The attribution chain, from the original (with its date) to this page; links only for http(s). */
export function ChainList({ chain, t, originalDate }: { chain: Hop[]; t: Translate; originalDate?: string | undefined }) {
  if (chain.length === 0) return null;
  return (
    <Section title={t('chainTitle')} testId="chain">
      <ol class="chain">
        {chain.map((hop, i) => (
          <li key={`${hop.role}-${i}`} class={`hop hop-${hop.role}`} data-role={hop.role}>
            <span class="hop-role">{t(`role_${hop.role}` as MessageKey)}</span>
            <span class="hop-body">
              <SafeLink class="hop-name" href={hop.url}><bdi>{hop.name}</bdi></SafeLink>
              {hop.role === 'original' && originalDate && <span class="hop-date muted" data-testid="original-date"> · <bdi>{originalDate}</bdi></span>}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
