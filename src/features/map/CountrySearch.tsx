import { memo, useId, useMemo, useState } from 'react';
import { findCountries } from '../../domain/search';
import type { CountryProps } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { countryName } from '../../i18n/format';

/** A combobox over English and Japanese names and common variants; choosing one selects it. Memoised: it
 * depends on neither the filters nor the figures, and its input is restyled each time it renders. */
export const CountrySearch = memo(function CountrySearch({
  countries,
  onPick,
}: {
  countries: CountryProps[];
  onPick: (iso3: string) => void;
}) {
  const { lang, t } = useLocale();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(() => findCountries(q, countries), [q, countries]);
  const name = (c: CountryProps) => countryName(c, lang);
  const pick = (c: CountryProps | undefined) => {
    if (!c) return;
    onPick(c.iso3);
    setQ('');
  };
  const open = q.trim() !== '';
  return (
    <div className="country-search">
      <label htmlFor={`${id}-input`}>{t('map.search')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${id}-${hits[active]?.iso3}` : undefined}
        value={q}
        autoComplete="off"
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') pick(hits[active]);
          else if (e.key === 'Escape') setQ('');
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <div id={`${id}-list`} role="listbox" className="search-results" aria-label={t('map.search')}>
          {hits.length === 0 && (
            // Before the geometry is in there is nothing to search yet: say so rather than "no match".
            <div className="muted">{t(countries.length === 0 ? 'app.loadingMap' : 'map.searchNone')}</div>
          )}
          {hits.map((c, i) => (
            <div
              key={c.iso3}
              id={`${id}-${c.iso3}`}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(c)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') pick(c);
              }}
            >
              {name(c)}
            </div>
          ))}
        </div>
      )}
    </div>
  );
});
