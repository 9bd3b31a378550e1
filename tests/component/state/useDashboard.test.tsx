// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { countriesQuery, datasetQuery } from '../../../src/data/queries';
import { useDashboard } from '../../../src/state/useDashboard';
import { DEFAULT_STATE, type ViewState } from '../../../src/state/urlState';
import { activity } from '../../fixtures/factories';
import { datasetWith } from '../../fixtures/series';

const data = datasetWith(
  [],
  [
    activity({ id: 'a', start: '2022-05' }),
    activity({ id: 'b', start: '2023-02', programme: 'jica', type: 'long-term-expert' }),
  ],
);

function render(state: ViewState) {
  const client = new QueryClient();
  client.setQueryData(countriesQuery.queryKey, { type: 'FeatureCollection', features: [] } as never);
  client.setQueryData(datasetQuery.queryKey, data);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(({ s }) => useDashboard(s, () => {}).dashboard, { initialProps: { s: state }, wrapper });
}

describe('useDashboard', () => {
  it('builds the index once for the dataset, and the figures for each view', () => {
    const view = render(DEFAULT_STATE);
    const first = view.result.current;
    expect(first.selection.activities).toHaveLength(2);
    view.rerender({ s: { ...DEFAULT_STATE, country: 'KEN', lang: 'ja', chart: 'tisc' } });
    expect(view.result.current.state.country).toBe('KEN');
    expect(view.result.current.index).toBe(first.index);
    view.rerender({ s: { ...DEFAULT_STATE, country: 'KEN', programmes: ['jica'] } });
    expect(view.result.current.index).toBe(first.index);
    expect(view.result.current.filters.programmes).toEqual(['jica']);
    expect(view.result.current.selection.activities.map((a) => a.id)).toEqual(['b']);
  });
});
