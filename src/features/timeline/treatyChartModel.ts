// What the treaty chart draws and tabulates, in the UI's words: its lines (members of each treaty, and
// apart those covered through a regional body), each change as a sentence, and the table twin.
import { seriesColour } from '../../domain/palette';
import type { TreatyLine } from '../../domain/treatyChartLayout';
import { membersLine, viaLine, type TreatyChange, type TreatyTimeline } from '../../domain/treatyTimeline';
import { formatDate, formatList, formatNumber, itemSeparator } from '../../i18n/format';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';
import type { TableModel } from './ChartTable';

/** The treaties drawn: the three the fund's work helps countries join. (The Paris Convention's records
 * here cover one beneficiary, so a line of it would read as "nobody joined".) */
export const CHART_TREATIES = ['pct', 'madrid', 'hague'] as const;

export interface DrawnLine extends TreatyLine {
  colour: string;
  /** its name in the legend and the table */
  label: string;
  /** its name at its end in the drawing (members' lines only) */
  short: string;
}

export interface Words {
  t: Translate;
  lang: Lang;
  /** a treaty's short name, from treaties.json */
  treatyName: (id: string) => string;
  countryName: (iso3: string) => string;
}

/** A line per treaty for its members, and one for those covered through a regional body where any is. */
export function drawnLines(tl: TreatyTimeline, w: Words): DrawnLine[] {
  return CHART_TREATIES.flatMap((treaty, i) => {
    const colour = seriesColour(i);
    const name = w.treatyName(treaty);
    const members = { treaty, via: false, values: membersLine(tl, treaty), colour };
    const via = viaLine(tl, treaty);
    const out: DrawnLine[] = [{ ...members, label: w.t('timeline.treaties.members', { treaty: name }), short: name }];
    if (via.some((v) => (v ?? 0) > 0)) {
      out.push({
        treaty,
        via: true,
        values: via,
        colour,
        label: w.t('timeline.treaties.via', { treaty: name, body: formatList(tl.bodies[treaty] ?? [], w.lang) }),
        short: '',
      });
    }
    return out;
  });
}

/** One change in words: "Zimbabwe joined the Madrid Protocol (in force 11 March 2015)". */
export function changeText(c: TreatyChange, w: Words): string {
  return w.t(`timeline.treaties.change.${c.kind}`, {
    country: w.countryName(c.party),
    treaty: w.treatyName(c.treaty),
    body: c.body ?? '',
    date: c.date ? formatDate(c.date, w.lang) : '—',
  });
}

/** How many of the reached countries have no record for each treaty at the end of the last year counted. */
export function notFoundLine(tl: TreatyTimeline, w: Words): string {
  const last = tl.rows.find((r) => r.year === tl.lastYear);
  if (!last) return '';
  const parts = CHART_TREATIES.map((treaty) =>
    w.t('timeline.treaties.tipCount', {
      name: w.treatyName(treaty),
      n: formatNumber(last.classes[treaty]?.unknown ?? 0, w.lang),
    }),
  );
  return w.t('timeline.treaties.unknown', { year: tl.lastYear, n: tl.reached.length, list: formatList(parts, w.lang) });
}

/** The chart's table: a row per year with the countries that had activities, each line's count (a dash
 * after the records' date: a gap, not a zero) and the changes of that year. */
export function treatyTable(tl: TreatyTimeline, lines: DrawnLine[], title: string, note: string, w: Words): TableModel {
  const dash = { text: '—', raw: null };
  return {
    id: 'treaties',
    caption: w.t('timeline.tableCaption', { title }),
    note,
    columns: [
      w.t('timeline.year'),
      w.t('timeline.treaties.active'),
      ...lines.map((l) => l.label),
      w.t('timeline.treaties.changes'),
    ],
    rows: tl.rows.map((r, i) => {
      const changes = tl.changes.filter((c) => c.year === r.year).map((c) => changeText(c, w));
      return {
        key: String(r.year),
        head: { text: String(r.year), raw: r.year },
        cells: [
          { text: formatNumber(r.active, w.lang), raw: r.active },
          ...lines.map((l) => {
            const v = l.values[i];
            return v === null || v === undefined ? dash : { text: formatNumber(v, w.lang), raw: v };
          }),
          { text: changes.join(itemSeparator(w.lang)), raw: changes.join(itemSeparator(w.lang)) },
        ],
      };
    }),
  };
}
