// The chart colours come from the one palette in src/domain/palette.ts; these names say what they are for.
import { seriesColour } from '../../domain/palette';

/** The one colour of a single-series panel. */
export const SERIES_COLOUR = seriesColour(0);
export const SECOND_COLOUR = seriesColour(1);
