import { useMemo } from 'react';
import { treatyTimeline } from '../../domain/treatyTimeline';
import type { TreatiesData } from '../../domain/treatyTypes';
import type { Source } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { useTreaties } from '../../state/useTreaties';
import { ErrorState } from '../../ui/ErrorState';
import type { Figures } from './figures';
import { ChartFigure } from './ChartFigure';
import { tableRows } from './ChartTable';
import type { ChartSize } from './chartSize';
import { CHART_TREATIES, drawnLines, notFoundLine, treatyTable, type Words } from './treatyChartModel';
import { TreatySteps } from './TreatySteps';

interface Props {
  figures: Figures;
  countryName: (iso3: string) => string;
  size?: ChartSize;
}

/** WIPO treaty membership among the countries the selected activities reached, year by year (issue #21).
 * Loaded with its own chunk, and treaties.json with it, only when its tab is chosen. */
export default function TreatyChart(props: Props) {
  const { t } = useLocale();
  const treaties = useTreaties();
  if (treaties.error)
    return <ErrorState error={treaties.error} onRetry={treaties.retry} region={t('timeline.tab.treaties')} />;
  if (!treaties.data) return <p className="placeholder">{t('timeline.treaties.loading')}</p>;
  return <TreatyFigure {...props} data={treaties.data} />;
}

function TreatyFigure({ figures, countryName, size, data }: Props & { data: TreatiesData }) {
  const { t, lang } = useLocale();
  const text = useText();
  const { selection, filters } = figures;
  const groups = figures.data.groups;
  const words: Words = useMemo(
    () => ({
      t,
      lang,
      countryName,
      treatyName: (id: string) => {
        const tr = data.treaties.find((x) => x.id === id);
        return tr ? text(tr.shortName).text : id;
      },
    }),
    [t, lang, countryName, data, text],
  );
  const m = useMemo(() => {
    const tl = treatyTimeline(
      data.entries,
      groups,
      selection.activities,
      CHART_TREATIES,
      [filters.from, filters.to],
      data.asOf.date,
    );
    // The WIPO pages behind the counts: those of the reached countries' and the regional bodies' entries.
    const parties = new Set([...tl.reached, ...groups.filter((g) => g.kind === 'regional-body').map((g) => g.id)]);
    const cited = new Set(data.entries.filter((e) => parties.has(e.party)).flatMap((e) => e.sources.map((r) => r.id)));
    // The figure's list reads a source's language only as its link's hreflang, which takes any language
    // (WIPO's pages come in more than the dataset's four).
    const sources = data.sources.filter((s) => cited.has(s.id)) as unknown as Source[];
    return { tl, lines: drawnLines(tl, words), sources };
  }, [data, groups, selection.activities, filters.from, filters.to, words]);
  const { tl, lines, sources } = m;
  const title = t('timeline.treaties.title');
  const asOf = formatDate(data.asOf.date, lang);
  const note = [
    t('timeline.treaties.note', { n: tl.reached.length }),
    notFoundLine(tl, words),
    tl.lastYear < tl.span[1] ? t('timeline.treaties.after', { year: tl.lastYear, date: asOf }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const table = () => treatyTable(tl, lines, title, note, words);
  return (
    <ChartFigure
      title={title}
      summary={t('timeline.treaties.summary', { n: tl.reached.length, asOf })}
      unit={t('timeline.treaties.unit')}
      basis="calendar"
      sources={sources}
      tables={() => [table()]}
      csv={[{ label: title, filename: 'wipo-treaties-by-year.csv', rows: () => tableRows(table()) }]}
      notes={<p className="chart-hint treaty-note">{note}</p>}
    >
      {tl.reached.length === 0 ? (
        <p className="chart-empty">{t('timeline.treaties.none')}</p>
      ) : (
        <TreatySteps title={title} timeline={tl} lines={lines} words={words} asOf={data.asOf.date} size={size} />
      )}
    </ChartFigure>
  );
}
