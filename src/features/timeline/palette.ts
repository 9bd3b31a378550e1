// Okabe–Ito colours: told apart by most colour-blind viewers. Programmes and types take them in the
// order the data lists them, so a programme keeps its colour whatever the filters hide.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7f7f7f', '#F0E442'];

export const colourOf = (ids: string[], id: string) =>
  PALETTE[Math.max(0, ids.indexOf(id)) % PALETTE.length] ?? '#7f7f7f';

/** The one colour of a single-series panel. */
export const SERIES_COLOUR = '#0b5cad';
export const SECOND_COLOUR = '#D55E00';
