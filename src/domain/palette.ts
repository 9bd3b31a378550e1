// The colours of the app's data, defined once. A programme has one colour wherever programmes are told
// apart (stacked bars, event marks, exports, PowerPoint charts); a series figure that is not split by
// programme takes the series colours, none of which is a programme's. Every colour here keeps 3:1 contrast
// against the page and the panels, and stays apart from the others under protanopia, deuteranopia and
// tritanopia (tests/unit/domain/palette.test.ts checks both).

/** One colour per programme id of data/programmes.json. */
export const PROGRAMME_COLOURS: Readonly<Record<string, string>> = {
  'ip-utilisation': '#009E73',
  'expert-dispatch': '#332288',
  'human-resources': '#B8860B',
  'digital-innovation': '#756BB1',
  'other-initiatives': '#B2182B',
  jica: '#01665E',
  fund: '#222222',
};

/** For a programme the palette does not know yet (a new id in the data): neutral, never another's colour. */
export const UNKNOWN_PROGRAMME = '#6B7780';

export const programmeColour = (id: string): string => PROGRAMME_COLOURS[id] ?? UNKNOWN_PROGRAMME;

/** The colour of one of a programme's types where types are stacked: the programme's hue, lighter for each
 * further type of the same programme (a type's name is in the legend; colour is never the only signal). */
export function typeColour(programme: string, rank: number): string {
  const base = programmeColour(programme);
  const share = Math.min(0.6, 0.3 * rank);
  const mix = (i: number) => {
    const c = parseInt(base.slice(i, i + 2), 16);
    return Math.round(c + (255 - c) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`.toUpperCase();
}

/** Series figures: the first layer takes the accent, further layers (parts, other sources) contrast with it. */
export const SERIES_COLOURS = ['#0B5CAD', '#D55E00', '#4F5B66'] as const;
export const seriesColour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length] ?? SERIES_COLOURS[0];
