// One registry entry (the map or a chart) as a slide-sized picture: its drawing taken off the page with
// the styles written in, composed with its title, axis label, legend and source line. The export menu
// saves it as SVG or PNG; the PowerPoint deck puts the map's PNG on its slides.
import type { ExportEntry } from '../../ui/exportRegistry';
import { capturePicture, referencedDefs } from './exportDom';
import { composeSvg, pictureRoom } from './exportSvg';

export const SLIDE_SIZE = { width: 1920, height: 1080 };
// A chart is laid out for its room on the slide at half the slide's pixels and drawn twice as large:
// its labels come out at twice their size on screen, and the chart takes the room's shape.
const CHART_SCALE = 2;

export interface PictureWords {
  lang: string;
  /** under the title: what the view shows */
  subtitle?: string;
  source: string;
}

/** The composed SVG, or null when the entry has nothing drawn. */
export async function entrySvg(target: ExportEntry, words: PictureWords): Promise<string | null> {
  const parts = {
    ...SLIDE_SIZE,
    lang: words.lang,
    title: target.title,
    subtitle: words.subtitle,
    axisLabel: target.axisLabel,
    legendTitle: target.legendTitle,
    legend: target.legend,
    source: words.source,
    credit: target.credit,
  };
  const room = pictureRoom(parts);
  const pic = await target.picture({
    width: Math.round(room.w / CHART_SCALE),
    height: Math.round(room.h / CHART_SCALE),
  });
  if (!pic) return null;
  let drawing;
  try {
    drawing = capturePicture(pic.svg, target.frame);
  } finally {
    pic.release?.();
  }
  return composeSvg({
    ...parts,
    picture: drawing,
    defs: referencedDefs(drawing.markup + JSON.stringify(target.legend)),
  });
}
