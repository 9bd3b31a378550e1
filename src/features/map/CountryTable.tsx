import { useState } from 'react';
import type { CountryStats } from '../../domain/aggregate';
import { leadingProgramme } from '../../domain/leadingProgramme';
import type { CountryProps } from '../../domain/types';
import { useLocale } from '../../i18n/LocaleContext';
import { countryName } from '../../i18n/format';

/** The map's text twin: every country with activity, each row selecting the country; on the treaty
 * map, with its status as the tooltip gives it. */
export function CountryTable({
  stats,
  names,
  onSelect,
  treaty = null,
  programmeName,
}: {
  stats: Map<string, CountryStats>;
  names: Map<string, CountryProps>;
  onSelect: (iso3: string) => void;
  /** on the treaty map: the key's heading, and each country's status in the key's words */
  treaty?: { heading: string; describe: (iso3: string) => string } | null;
  programmeName: (id: string) => string;
}) {
  const { lang, t } = useLocale();
  const name = (iso3: string) => {
    const p = names.get(iso3);
    return p ? countryName(p, lang) : iso3;
  };
  // Closed by default: its rows are built only while it is open, not on every filter change.
  const [open, setOpen] = useState(false);
  const rows = !open
    ? []
    : [...stats.values()].sort(
        (a, b) => b.direct - a.direct || b.via - a.via || name(a.iso3).localeCompare(name(b.iso3)),
      );
  return (
    <details className="country-table" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id="country-table-summary">{t('table.show')}</summary>
      <table>
        <caption>{t('table.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.country')}</th>
            <th scope="col">{t('table.direct')}</th>
            <th scope="col">{t('table.via')}</th>
            <th scope="col">{t('table.first')}</th>
            <th scope="col">{t('table.lead')}</th>
            {treaty && <th scope="col">{treaty.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.iso3}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(s.iso3)}>
                  {name(s.iso3)}
                </button>
              </th>
              <td>{s.direct}</td>
              <td>{s.via}</td>
              <td>{s.firstYear ?? '—'}</td>
              {/* The programme the "by programme" map colours the country with; every one that ties. */}
              <td>{leadingProgramme(s.byProgramme)?.ids.map(programmeName).join(' · ') ?? '—'}</td>
              {treaty && <td>{treaty.describe(s.iso3)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
