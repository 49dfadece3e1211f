import type { Hop } from '../../core/analysis/types';
import type { Translate } from '../../ui/i18n/translate';
import type { MessageKey } from '../../ui/i18n/en';
import { SafeLink } from '../../ui/components/safe-link';
import { Section } from '../../ui/components/section';

/** The attribution chain, from the original to this page. */
export function ChainList({ chain, t }: { chain: Hop[]; t: Translate }) {
  if (chain.length === 0) return null;
  return (
    <Section title={t('chainTitle')} testId="chain">
      <ol class="chain">
        {chain.map((hop, i) => (
          <li key={`${hop.role}-${i}`} class={`hop hop-${hop.role}`} data-role={hop.role}>
            <span class="hop-role">{t(`role_${hop.role}` as MessageKey)}</span>
            <SafeLink class="hop-name" href={hop.url}>{hop.name}</SafeLink>
          </li>
        ))}
      </ol>
    </Section>
  );
}
