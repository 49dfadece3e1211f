import type { Translate } from '../../../ui/i18n/translate';
import { colorLabel } from '../../../settings/highlight-colors';
import type { HighlightFilter } from './filter-highlights';

/** Search text, colour filter, and whether to search every stored highlight instead of this article's. */
export function SearchBar(props: {
  filter: HighlightFilter;
  colors: readonly string[];
  everywhere: boolean;
  t: Translate;
  onChange: (filter: HighlightFilter) => void;
  onEverywhere: (on: boolean) => void;
}) {
  const { filter, t } = props;
  return (
    <div class="hl-search">
      <input
        type="search"
        value={filter.text}
        placeholder={t('search')}
        aria-label={t('search')}
        onInput={(e) => props.onChange({ ...filter, text: (e.currentTarget as HTMLInputElement).value })}
      />
      <select aria-label={t('allColors')} value={filter.color} onChange={(e) => props.onChange({ ...filter, color: (e.currentTarget as HTMLSelectElement).value })}>
        <option value="">{t('allColors')}</option>
        {props.colors.map((c) => <option key={c} value={c}>{colorLabel(c, t.language ?? 'en')}</option>)}
      </select>
      <label class="hl-everywhere">
        <input type="checkbox" checked={props.everywhere} onChange={(e) => props.onEverywhere((e.currentTarget as HTMLInputElement).checked)} />
        {t('searchEverywhere')}
      </label>
    </div>
  );
}
