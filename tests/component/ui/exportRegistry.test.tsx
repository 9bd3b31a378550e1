// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { useEffect, useState, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActivitiesByYearChart } from '../../../src/features/timeline/ActivitiesByYearChart';
import { ContributionChart } from '../../../src/features/timeline/ContributionChart';
import { LocaleProvider } from '../../../src/i18n/LocaleContext';
import {
  ExportRegistryProvider,
  useExportEntry,
  useExportRegistry,
  type ExportPicture,
  type ExportRegistry,
} from '../../../src/ui/exportRegistry';
import { activity } from '../../fixtures/factories';
import { makeDashboard } from '../../fixtures/dashboard';
import { chfAnnual, datasetWith, jpyAnnual, jpyCumulative, preferReducedMotion } from '../../fixtures/series';

/** Hands the registry to the test. */
function Probe({ give }: { give: (registry: ExportRegistry | null) => void }) {
  const registry = useExportRegistry();
  useEffect(() => {
    give(registry);
  });
  return null;
}

function Joiner({ title, note }: { title: string; note: string }) {
  useExportEntry({ kind: 'chart', title }, () => ({ picture: async () => null, legend: [{ label: note }] }));
  return <p>{note}</p>;
}

function setup(children: ReactNode) {
  const registry: { current: ExportRegistry | null } = { current: null };
  const give = (r: ExportRegistry | null) => {
    registry.current = r;
  };
  const tree = (c: ReactNode) => (
    <LocaleProvider lang="en">
      <ExportRegistryProvider>
        <Probe give={give} />
        {c}
      </ExportRegistryProvider>
    </LocaleProvider>
  );
  const view = render(tree(children));
  if (!registry.current) throw new Error('no registry');
  return { ...view, registry: registry.current, update: (c: ReactNode) => view.rerender(tree(c)) };
}

describe('export registry', () => {
  it('lists what joined, in order, reads the latest render, and forgets what left', () => {
    const { registry, update } = setup(
      <>
        <Joiner title="A" note="one" />
        <Joiner title="B" note="two" />
      </>,
    );
    expect(registry.items().map((e) => [e.kind, e.title])).toEqual([
      ['chart', 'A'],
      ['chart', 'B'],
    ]);
    update(
      <>
        <Joiner title="A" note="three" />
        <Joiner title="B" note="two" />
      </>,
    );
    expect(registry.items()[0]?.read()?.legend).toEqual([{ label: 'three' }]);
    update(<Joiner title="B" note="two" />);
    expect(registry.items().map((e) => e.title)).toEqual(['B']);
  });

  it('tells its subscribers when an entry joins, leaves or is retitled, not when only its content changes', () => {
    function Host() {
      const [title, setTitle] = useState('A');
      const [note, setNote] = useState('one');
      const [shown, setShown] = useState(true);
      return (
        <>
          <button onClick={() => setTitle('A2')}>retitle</button>
          <button onClick={() => setNote('two')}>renote</button>
          <button onClick={() => setShown(false)}>hide</button>
          {shown && <Joiner title={title} note={note} />}
        </>
      );
    }
    const { registry, getByText } = setup(<Host />);
    let calls = 0;
    registry.subscribe(() => (calls += 1));
    act(() => getByText('renote').click());
    expect(calls).toBe(0);
    expect(registry.items()[0]?.read()?.legend).toEqual([{ label: 'two' }]);
    act(() => getByText('retitle').click());
    expect(calls).toBe(1);
    expect(registry.items().map((e) => e.title)).toEqual(['A2']);
    act(() => getByText('hide').click());
    expect(calls).toBe(2);
    expect(registry.items()).toEqual([]);
  });
});

// Recharts in jsdom is slow to build under a parallel run: allow more than the default 5 s.
describe('charts in the export registry', { timeout: 20_000 }, () => {
  beforeEach(preferReducedMotion);

  it('each panel of a figure joins with its title, axis label, legend and its figures as numbers', () => {
    const data = datasetWith([jpyAnnual, chfAnnual, jpyCumulative]);
    const d = makeDashboard(data, { basis: 'jp-fiscal' });
    const { registry } = setup(
      <ContributionChart data={d.data} basis={d.filters.basis} size={{ width: 600, height: 240 }} />,
    );
    const items = registry.items();
    expect(items.map((e) => [e.kind, e.title, e.context])).toEqual([
      ['chart', 'Yearly, in yen (budget)', "Japan's contribution to the Japan Fund at WIPO"],
      ['chart', 'Yearly, in Swiss francs (fund)', "Japan's contribution to the Japan Fund at WIPO"],
      ['chart', 'Cumulative total stated, in yen', "Japan's contribution to the Japan Fund at WIPO"],
    ]);
    const yen = items[0]?.read();
    expect(yen?.axisLabel).toBe('Billion yen');
    // Under the picture, the publishers of the sources behind this panel's figures.
    expect(yen?.credit).toBe('Sources: JPO');
    expect(items[1]?.read()?.credit).toBe('Sources: WTO TRIPS Council; JPO');
    // The figure's legend (how to read the marks) comes with each panel, its swatches as shapes.
    const hollow = yen?.legend.find((l) => l.label.startsWith('hollow'));
    expect(hollow?.icon?.shapes[0]).toMatchObject({ tag: 'circle', attrs: { fill: '#fff' } });
    // A year without a figure is a gap (null), never zero.
    const s = yen?.series?.[0];
    expect(s).toMatchObject({
      name: 'contribution-jpy-annual (actual)',
      unit: 'JPY',
      basis: 'jp-fiscal',
      style: 'line',
      pointBasis: 'actual',
    });
    const at = (y: number) => s?.values[s.years.indexOf(y)];
    expect([at(2019), at(2020), at(2021)]).toEqual([653e6, null, 653e6]);
  });

  it('a chart lays itself out anew at the size an export asks for, and takes the copy away after', async () => {
    const data = datasetWith([], [activity({ id: 'a', start: '2022-05' }), activity({ id: 'b', start: '2023-02' })]);
    // The data ends in 2023, so the year range does too; it starts at the first year with an activity, and
    // the export names the selected year before it.
    const { registry, container } = setup(
      <ActivitiesByYearChart
        figures={makeDashboard(data, { from: 2021, to: 2023 })}
        navigate={() => {}}
        size={{ width: 600, height: 260 }}
      />,
    );
    const entry = registry.items()[0]?.read();
    expect(entry?.series?.[0]).toMatchObject({ style: 'bar', years: [2022, 2023], values: [1, 1] });
    expect(entry?.axisLabel).toBe('Activities · No activities before 2022');
    let picture: ExportPicture | null = null;
    act(() => void entry?.picture({ width: 900, height: 350 }).then((p) => (picture = p)));
    await waitFor(() => expect(picture).not.toBeNull());
    const svg = (picture as ExportPicture | null)?.svg;
    expect(svg?.getAttribute('width')).toBe('900');
    expect(svg?.getAttribute('height')).toBe('350');
    expect(svg?.closest('.export-copy')?.getAttribute('aria-hidden')).toBe('true');
    act(() => (picture as ExportPicture | null)?.release?.());
    await waitFor(() => expect(container.querySelector('.export-copy')).toBeNull());
  });
});
