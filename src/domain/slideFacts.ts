// The two or three key sentences of a slide, every figure taken from the data (nothing hard-coded):
// stated figures from data/series.json, counts from the dashboard under the slide's view.
import { figureSum, mostCommonType } from './activityFigures';
import { activitiesFor } from './aggregate';
import { startYear } from './dates';
import { typesOfChart } from './programmes';
import { asOf, count, money, stated, year, type Sentence, type SentenceKey, type Value } from './sentence';
import { pointOf, SERIES, SME_OFFICIAL, type Quote } from './seriesPoints';
import type { Slide, Topic } from './story';
import type { Activity, SeriesPoint } from './types';
import type { SlideFacts, SlideInput, Writer } from './slideWriter';
import { treatyMembership } from './slideTreaty';

export type { SlideFacts, SlideInput } from './slideWriter';

const CUMULATIVE: SeriesPoint['kind'][] = ['cumulative'];
const YEARLY: SeriesPoint['kind'][] = ['annual', 'budget'];
const latest = (w: Writer, id: string) => w.quote(w.find(id, CUMULATIVE, 'latest'));

/** "n activities in c countries from first to last", or that nothing matches. */
function activities(w: Writer) {
  const h = w.input.headline;
  if (h.activities === 0 || h.firstYear === null || h.lastYear === null) return w.add('empty', {}, {});
  const n = count(h.activities, 'activities');
  const countries = count(h.countries, 'countries');
  const records = { records: w.input.filtered };
  // One year reads as one year ("in 2023"), never as "between 2023 and 2023".
  if (h.firstYear === h.lastYear)
    return w.add('activitiesInYear', { n, countries, year: year(h.firstYear, w.input.basis) }, records);
  w.add(
    'activities',
    { n, countries, first: year(h.firstYear, w.input.basis), last: year(h.lastYear, w.input.basis) },
    records,
  );
}

function topType(w: Writer, among: Activity[] = w.input.filtered) {
  const t = mostCommonType(among, w.input.data);
  if (t) {
    const records = among.filter((a) => a.type === t.id);
    w.add('topType', { type: { kind: 'text', value: t.name }, n: count(t.n, 'activities') }, { records });
  }
}

/** "more than 400 experts (in 39 countries) by April 2022": the country count only when stated the same day. */
function statedCount(
  w: Writer,
  f: Quote,
  keys: [alone: SentenceKey, withCountries: SentenceKey],
  name: 'experts' | 'centres',
  countriesId: string,
) {
  const c = w.find(countriesId, CUMULATIVE, 'latest');
  if (c && c.point.date === f.point.date) {
    w.quote(c);
    const vars = { [name]: stated(f.point, name), countries: stated(c.point, 'countries'), asOf: asOf(f.point) };
    w.add(keys[1], vars, { quotes: [f, c] });
  } else w.add(keys[0], { [name]: stated(f.point, name), asOf: asOf(f.point) }, { quotes: [f] });
}

/** Says what the country has under the filters; returns those activities (its own and through its groups). */
function countrySentences(w: Writer, iso3: string): Activity[] {
  const { direct, via } = activitiesFor(iso3, w.input.filtered, w.input.data.groups);
  const country: Value = { kind: 'country', iso3 };
  const all = [...direct, ...via.map((v) => v.activity)];
  w.add(
    'countryActivities',
    { country, direct: count(direct.length, 'activities'), via: count(via.length, 'activities') },
    { records: all },
  );
  if (all.length > 0) {
    w.add(
      'countryProgrammes',
      {
        country,
        programmes: count(new Set(all.map((a) => a.programme)).size, 'programmes'),
        first: year(Math.min(...all.map((a) => startYear(a, w.input.basis))), w.input.basis),
      },
      { records: all },
    );
  }
  return all;
}

/** The sentences of each topic, in the order they are said. */
const TOPIC_SENTENCES: Record<Topic, (w: Writer) => void> = {
  overview(w) {
    const { headline: h } = w.input;
    const yen = latest(w, SERIES.cumulativeJpy);
    const first = w.find(SERIES.annualJpy, YEARLY, 'earliest');
    const since = first ? Number(first.point.date.slice(0, 4)) : h.firstYear;
    if (yen && since !== null)
      w.add(
        'since',
        { first: year(since, 'calendar'), amount: money(yen.point, 'JPY'), asOf: asOf(yen.point) },
        { quotes: [yen, first] },
      );
    const reached = latest(w, SERIES.countries);
    if (reached) {
      const vars = { countries: stated(reached.point, 'countries'), asOf: asOf(reached.point) };
      w.add('countriesStated', vars, { quotes: [reached] });
    }
    const n = count(h.activities, 'activities');
    const vars = { n, countries: count(h.countries, 'countries'), via: count(h.viaOnlyCountries, 'countries') };
    w.add('reach', vars, { records: w.input.filtered });
  },
  contributions(w) {
    const first = w.quote(w.find(SERIES.annualJpy, YEARLY, 'earliest'));
    if (first) {
      w.add('firstContribution', { amount: money(first.point, 'JPY'), date: asOf(first.point) }, { quotes: [first] });
    }
    const last = w.find(SERIES.annualJpy, YEARLY, 'latest');
    if (last && last.point !== first?.point) {
      w.quote(last);
      w.add('latestAnnual', { amount: money(last.point, 'JPY'), date: asOf(last.point) }, { quotes: [last] });
    }
    const chf = latest(w, SERIES.cumulativeChf);
    if (chf) w.add('cumulativeChf', { amount: money(chf.point, 'CHF'), asOf: asOf(chf.point) }, { quotes: [chf] });
  },
  experts(w) {
    const e = latest(w, SERIES.experts);
    if (e) statedCount(w, e, ['expertsStated', 'expertsCountries'], 'experts', SERIES.expertCountries);
    activities(w);
    topType(w);
  },
  tisc(w) {
    const c = latest(w, SERIES.tisc);
    if (c) statedCount(w, c, ['tiscStated', 'tiscCountries'], 'centres', SERIES.tiscCountries);
    activities(w);
  },
  sme(w) {
    const targets = w.input.data.series
      .filter((x) => x.id === SERIES.smeTargets)
      .flatMap((x) => x.points.filter((p) => p.kind === 'target').map((p) => ({ series: x, point: p })))
      .sort((a, b) => a.point.value - b.point.value);
    const [near, far] = [targets[0], targets[targets.length - 1]];
    if (near && far && near !== far) {
      w.quote(near);
      w.quote(far);
      const vars = {
        near: stated(near.point, 'enterprises'),
        by: asOf(near.point),
        total: stated(far.point, 'enterprises'),
      };
      w.add('smeTarget', vars, { quotes: [near, far] });
    }
    smeCount(w, near && near !== far ? near : null);
    activities(w);
  },
  'human-resources'(w) {
    const t = latest(w, SERIES.trainees);
    if (t) w.add('trainees', { people: stated(t.point, 'people'), asOf: asOf(t.point) }, { quotes: [t] });
    const g = latest(w, SERIES.graduates);
    if (g) w.add('graduates', { people: stated(g.point, 'people'), asOf: asOf(g.point) }, { quotes: [g] });
    activities(w);
  },
  digital(w) {
    activities(w);
    topType(w);
  },
  jica(w) {
    // JICA's long-term experts: its activities of the types programmes.json draws in the experts chart.
    const experts = typesOfChart(w.input.data.programmes, 'experts');
    const lte = w.input.filtered.filter((a) => a.partner === 'JICA' && experts.has(a));
    if (lte.length > 0) {
      const first = Math.min(...lte.map((a) => startYear(a, w.input.basis)));
      const countries = new Set(lte.flatMap((a) => a.countries));
      const vars = { countries: count(countries.size, 'countries'), first: year(first, w.input.basis) };
      w.add('longTermExperts', vars, { records: lte });
    }
    activities(w);
    topType(w);
  },
  country: aboutCountry,
  custom: aboutCountry,
  // Without WIPO's records loaded, a treaty slide says what the activities are.
  treaties: (w) => treatyMembership(w) || activities(w),
};

/**
 * What the enterprises supported amount to. With an official count, the documented ones add up as a lower
 * bound. Without one (so far), the slide says so and gives the latest documented lower bound with the date
 * of its event: never a shortfall or a pace, which a lower bound cannot support.
 */
function smeCount(w: Writer, near: Quote | null) {
  const sme = typesOfChart(w.input.data.programmes, 'sme');
  const events = w.input.filtered.filter((a) => sme.has(a) && a.figures?.some((f) => f.kind === 'enterprises'));
  const official = w.quote(w.find(SME_OFFICIAL, CUMULATIVE, 'latest'));
  if (official) {
    const documented = figureSum(events, 'enterprises');
    if (documented.n === 0) return;
    const enterprises: Value = {
      kind: 'number',
      value: documented.sum,
      unit: 'enterprises',
      qualifier: documented.lowerBound ? 'at-least' : undefined,
    };
    w.add('smeDocumented', { enterprises, events: count(documented.n, 'events') }, { records: events });
    return;
  }
  const last = [...events].sort((a, b) => a.start.localeCompare(b.start)).at(-1);
  const f = last?.figures?.find((x) => x.kind === 'enterprises');
  if (!last || !f) return;
  const passed = near !== null && near.point.date < w.input.today;
  const vars: Record<string, Value> = {
    enterprises: { kind: 'number', value: f.value, unit: 'enterprises', qualifier: f.qualifier ?? 'at-least' },
    date: { kind: 'date', value: last.start, fiscal: false },
    ...(near ? { by: asOf(near.point) } : {}),
  };
  w.add(passed ? 'smeNoOfficialPassed' : 'smeNoOfficial', vars, { records: [last], quotes: [near] });
}

/** About one country, every sentence counts that country's activities only. */
function aboutCountry(w: Writer) {
  if (w.input.country) topType(w, countrySentences(w, w.input.country));
  else {
    activities(w);
    topType(w);
  }
}

/** The two or three sentences of a slide, with the figures they quote and what sources dispute about them. */
export function slideFacts(slide: Slide, input: SlideInput): SlideFacts {
  const quoted: Quote[] = [];
  const sentences: Sentence[] = [];
  TOPIC_SENTENCES[slide.topic]({
    input,
    add: (key, vars, behind) =>
      sentences.push({
        key,
        vars,
        records: [...new Set((behind.records ?? []).map((a) => a.id))],
        points: (behind.quotes ?? []).flatMap((q) =>
          q ? [{ series: q.series.id, date: q.point.date, sources: q.point.sources.map((r) => r.id) }] : [],
        ),
      }),
    find: (id, kinds, which) => pointOf(input.data.series, id, kinds, which),
    quote: (q) => {
      if (q) quoted.push(q);
      return q;
    },
  });
  const ids = new Set(quoted.map((q) => q.series.id));
  const conflicts = input.data.conflicts.filter((c) => c.concerns.some((id) => ids.has(id)));
  return { sentences: sentences.slice(0, 3), quoted, conflicts };
}
