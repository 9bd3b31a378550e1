import { useCallback, useMemo } from 'react';
import { programmeColour } from '../../domain/palette';
import { stackByYear } from '../../domain/series';
import { useLocale, useText } from '../../i18n/LocaleContext';
import { plural } from '../../i18n/messages';
import type { Navigate } from '../../state/useUrlState';
import type { Figures } from './figures';
import { ChartFigure } from './ChartFigure';
import { tableRows } from './ChartTable';
import type { ChartSize } from './chartSize';
import { conflictsForActivities, sourceMap } from './seriesData';
import { activitySources } from './seriesTable';
import { StackedBars } from './StackedBars';
import { byStartNote, drawnRows, stackTable } from './stackTable';

/** Activities matching the filters, by start year and programme; a bar (or a table row) selects its year. */
export function ActivitiesByYearChart({
  figures,
  navigate,
  size,
}: {
  figures: Figures;
  navigate: Navigate;
  size?: ChartSize;
}) {
  const { data, selection, bounds } = figures;
  const { t, lang } = useLocale();
  const text = useText();
  const { from, to, basis } = figures.filters;
  const programmes = data.programmes;
  const m = useMemo(() => {
    const stack = stackByYear(selection, basis, 'programme', [from, to]);
    const ids = programmes.map((p) => p.id);
    // Programmes in the order the data lists them, so colours and stacking order stay put.
    const keys = [...ids.filter((id) => stack.keys.includes(id)), ...stack.keys.filter((k) => !ids.includes(k))];
    const sources = activitySources(selection, sourceMap(data));
    return { ...stack, keys, ids, sources, conflicts: conflictsForActivities(data, selection) };
  }, [selection, data, basis, from, to, programmes]);
  // Stable callbacks: the bars are only laid out again when what they show changes.
  const name = useCallback(
    (k: string) => {
      const p = programmes.find((x) => x.id === k);
      return p ? text(p.name).text : k;
    },
    [programmes, text],
  );
  const select = useCallback((year: number) => navigate({ from: year, to: year }, 'push'), [navigate]);
  const title = t('timeline.activities.title');
  const note = byStartNote(m.outside, [from, to], basis, lang, t);
  // A new array only when the bars change: they are laid out again for every new one.
  const drawn = useMemo(() => drawnRows(m.rows, [from, to], basis, lang, t), [m.rows, from, to, basis, lang, t]);
  const table = () =>
    stackTable('activities', t('timeline.tableCaption', { title }), m.rows, m.keys, {
      name,
      basis,
      lang,
      t,
      onSelect: select,
      note,
    });
  const single = from === to && (from !== bounds[0] || to !== bounds[1]);
  return (
    <ChartFigure
      title={title}
      summary={t(plural('timeline.activities.summary', selection.activities.length, lang), {
        n: selection.activities.length,
      })}
      unit={t('timeline.activities.unit')}
      basis={basis}
      sources={m.sources}
      conflicts={m.conflicts}
      tables={() => [table()]}
      csv={[{ label: title, filename: 'activities-by-year.csv', rows: () => tableRows(table()) }]}
      notes={
        <p className="chart-hint">
          {note} {t('timeline.activities.hint')}{' '}
          {single && (
            <button type="button" className="link-button" onClick={() => navigate({ from: null, to: null }, 'push')}>
              {t('timeline.activities.all')}
            </button>
          )}
        </p>
      }
    >
      {selection.activities.length === 0 ? (
        <p className="chart-empty">{t('timeline.activities.none')}</p>
      ) : (
        <StackedBars
          title={title}
          rows={drawn.rows}
          gapNote={drawn.gapNote}
          keys={m.keys}
          colour={programmeColour}
          name={name}
          basis={basis}
          onSelect={select}
          size={size}
        />
      )}
    </ChartFigure>
  );
}
