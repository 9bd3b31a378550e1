// A story as a PowerPoint deck, with pptxgenjs (no hand-written Office XML). The deck is described as plain
// data (DeckSpec: words already in the active language, numbers already worked out), so this module only
// lays it out, and it runs in the browser and in node alike. It is imported only when a deck is asked for:
// pptxgenjs is never on the map's path.
import PptxGenJS from 'pptxgenjs';
import type { Mark, MarkKey } from '../../domain/marks';
import { bracketed } from '../../i18n/format';

export interface DeckSeries {
  name: string;
  /** one value per category; null = no figure that year, drawn as a gap (never as zero) */
  values: (number | null)[];
  /** RRGGBB, no "#" */
  colour: string;
  /** what kind of figure it is ("budget", "cumulative, as stated", "records in the dataset") */
  basis: string;
  /** false: figures that stand alone (totals as stated, targets), never joined by a line on a slide */
  joined?: boolean;
  /** how each figure is marked, as on the dashboard (null where there is no figure); without: dots */
  marks?: (Mark | null)[];
  /** a few words written beside a figure ("target: 627 by 27 June 2026", "lower bound") */
  labels?: (string | null)[];
  /** a target without a deadline: a dashed line across the chart at its value, not a point in a year */
  reference?: boolean;
}

export interface DeckChart {
  type: 'bar' | 'line';
  title: string;
  /** the years, as labelled on the axis ("2019", "FY2019") */
  categories: string[];
  series: DeckSeries[];
  /** bars of several series stack (the activities chart) */
  stacked?: boolean;
  /** what the axis counts, and in which years: "Units: … · calendar years" */
  unit: string;
  /** how to read the marks: each kind of mark the chart shows, with what it means (no mark: the "≠") */
  legend?: { key: MarkKey; mark: Mark | null; label: string }[];
}

export interface DeckImage {
  /** a PNG as a data: URL */
  data: string;
  width: number;
  height: number;
  alt: string;
}

export interface DeckSlide {
  title: string;
  /** one to three sentences */
  sentences: string[];
  chart?: DeckChart;
  map?: DeckImage;
  source: string;
  notes: string;
}

export interface DeckSpec {
  lang: 'en' | 'ja';
  title: string;
  slides: DeckSlide[];
}

// One typeface per run is all Office XML takes. Yu Gothic ships with Windows 8.1+ and Office for Mac;
// where it is missing PowerPoint substitutes another Japanese face (Meiryo on older Windows), and
// LibreOffice its configured CJK face.
export const FONTS = { en: 'Calibri', ja: 'Yu Gothic' } as const;

const INK = '1B1F23';
const MUTED = '4F5B66';
const ACCENT = 'C79100';
// LAYOUT_WIDE: 13.33 × 7.5 inches, 16:9.
const W = 13.333;
const MARGIN = 0.5;

const SYMBOL = { dot: 'circle', up: 'triangle', down: 'triangle', diamond: 'diamond' } as const;

/** A line chart's series, each a chart type of its own: PowerPoint sets the marker per type, so each series
 * keeps its own mark (a triangle for fiscal years and estimates, a diamond for a target) and is joined only
 * if its figures are; a target without a deadline is a line across with no marker. Markers stay filled
 * and lines solid: LibreOffice draws a hollow marker as nothing, and with a dashed type it piles the
 * legend's entries on one another. */
function lineTypes(pptx: PptxGenJS, chart: DeckChart, lang: DeckSpec['lang']): PptxGenJS.IChartMulti[] {
  return chart.series.map((s) => {
    const mark = s.marks?.find((m) => m !== null) ?? null;
    return {
      type: pptx.ChartType.line,
      data: [{ name: s.name + bracketed(s.basis, lang), labels: chart.categories, values: s.values as number[] }],
      options: {
        // pptxgenjs colours the line with the first colour of its type, the markers with the one at the
        // series' place in the chart: one colour throughout.
        chartColors: chart.series.map(() => s.colour),
        lineDataSymbol: s.reference ? 'none' : SYMBOL[mark?.shape ?? 'dot'],
        lineDataSymbolSize: mark?.shape === 'diamond' ? 11 : 8,
        lineSize: s.reference || s.joined !== false ? 2 : 0,
      },
    };
  });
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: DeckChart, lang: DeckSpec['lang'], box: Box) {
  const font = FONTS[lang];
  const options: PptxGenJS.IChartOpts = {
    ...box,
    altText: `${chart.title}. ${chart.unit}`,
    displayBlanksAs: 'gap',
    showTitle: true,
    title: chart.title,
    titleFontFace: font,
    titleFontSize: 16,
    titleColor: INK,
    showLegend: true,
    legendPos: 'b',
    legendFontFace: font,
    legendFontSize: 12,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: 12,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 12,
    valAxisLabelFormatCode: '#,##0.##',
    showValAxisTitle: true,
    valAxisTitle: chart.unit,
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: 11,
  };
  if (chart.type === 'line') {
    // A chart of several types takes its options second (as pptxgenjs's own examples do; its typings say
    // data): the third argument is not read for it.
    slide.addChart(lineTypes(pptx, chart, lang), options as unknown as never[]);
    return;
  }
  const data = chart.series.map((s) => ({
    name: s.name + bracketed(s.basis, lang),
    labels: chart.categories,
    // pptxgenjs writes a missing value as an empty cell: with displayBlanksAs "gap" the line breaks there.
    values: s.values as number[],
  }));
  slide.addChart(pptx.ChartType.bar, data, {
    ...options,
    barDir: 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    chartColors: chart.series.map((s) => s.colour),
  });
}

type Box = { x: number; y: number; w: number; h: number };

// Characters XML 1.0 cannot carry: C0 controls other than tab and line breaks, unpaired surrogates, U+FFFE
// and U+FFFF. pptxgenjs escapes markup but writes these as they come, and one of them in a note (a vertical
// tab, which text copied out of PowerPoint brings) makes the whole file unreadable. A vertical tab or form
// feed was a line break where it came from: it stays one.
const NOT_XML =
  // oxlint-disable-next-line no-control-regex
  /[\0-\x08\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every text of the spec as XML can carry it. */
function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\v\f]/g, '\n').replace(NOT_XML, '') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafe(v)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  return value;
}

/** The deck as a .pptx file: a Blob in the browser, bytes in node. */
export async function buildDeck(given: DeckSpec, out: 'blob' | 'uint8array' = 'blob'): Promise<Blob | Uint8Array> {
  const spec = xmlSafe(given);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = spec.title;
  const font = FONTS[spec.lang];
  const lang = spec.lang === 'ja' ? 'ja-JP' : 'en-GB';
  for (const s of spec.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(s.title, {
      x: MARGIN,
      y: 0.3,
      w: W - 2 * MARGIN,
      h: 0.95,
      fontFace: font,
      fontSize: 30,
      bold: true,
      color: INK,
      valign: 'bottom',
      fit: 'shrink',
      lang,
    });
    slide.addShape(pptx.ShapeType.line, {
      x: MARGIN,
      y: 1.3,
      w: W - 2 * MARGIN,
      h: 0,
      line: { color: ACCENT, width: 2.5 },
    });
    const visual = s.chart || s.map;
    const textW = visual ? 4.4 : W - 2 * MARGIN;
    slide.addText(
      s.sentences.map((text) => ({ text, options: { bullet: true, paraSpaceAfter: 12, breakLine: true } })),
      { x: MARGIN, y: 1.5, w: textW, h: 5.2, fontFace: font, fontSize: 20, color: INK, valign: 'top', lang },
    );
    const box: Box = { x: MARGIN + textW + 0.3, y: 1.5, w: W - 2 * MARGIN - textW - 0.3, h: 5.2 };
    if (s.chart && s.map) {
      // Both: the chart above the map, each half the height.
      addChart(pptx, slide, s.chart, spec.lang, { ...box, h: box.h / 2 - 0.05 });
      addImage(slide, s.map, { ...box, y: box.y + box.h / 2 + 0.05, h: box.h / 2 - 0.05 });
    } else if (s.chart) addChart(pptx, slide, s.chart, spec.lang, box);
    else if (s.map) addImage(slide, s.map, box);
    slide.addText(s.source, {
      x: MARGIN,
      y: 6.85,
      w: W - 2 * MARGIN,
      h: 0.4,
      fontFace: font,
      fontSize: 11,
      color: MUTED,
      lang,
    });
    slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType: out, compression: true })) as Blob | Uint8Array;
}

/** The picture as large as fits the box, in its own proportions, centred. */
function addImage(slide: PptxGenJS.Slide, img: DeckImage, box: Box) {
  const k = Math.min(box.w / img.width, box.h / img.height);
  const [w, h] = [img.width * k, img.height * k];
  slide.addImage({
    data: img.data,
    x: box.x + (box.w - w) / 2,
    y: box.y + (box.h - h) / 2,
    w,
    h,
    altText: img.alt,
  });
}
