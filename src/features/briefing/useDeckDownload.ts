import { useCallback, useRef, useState, type RefObject } from 'react';
import { formatDate } from '../../i18n/format';
import type { Dashboard } from '../../state/useDashboard';
import { useExportRegistry } from '../../ui/exportRegistry';
import type { DeckImage } from './deck';
import { downloadBlob, today } from './download';
import type { Briefing } from './useBriefing';

const POLL_MS = 100;
const SETTLE_POLLS = 3; // the same picture this many polls in a row
const GIVE_UP_MS = 15_000;

/** Waits until the stage shows slide `n` and its map has stopped changing (colours, zoom, position). */
async function mapSettled(root: Element, counter: string, signature: (root: Element) => string | null) {
  const until = Date.now() + GIVE_UP_MS;
  let last: string | null = null;
  let same = 0;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const sig = root.querySelector('.briefing-counter')?.textContent === counter ? signature(root) : null;
    same = sig !== null && sig === last ? same + 1 : 0;
    last = sig;
    if (same >= SETTLE_POLLS) return;
  }
  throw new Error('the map did not finish drawing');
}

/**
 * "Download as PowerPoint": the story's deck in the active language. The map of each slide that shows the
 * map is drawn on this stage, so the window steps through those slides (the other window does not follow)
 * and comes back; everything else is worked out from the data. pptxgenjs and the picture code load here.
 */
export function useDeckDownload(b: Briefing, d: Dashboard, stage: RefObject<Element | null>) {
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  const { c, story, n: start, total, show } = b;
  const registry = useExportRegistry();

  const download = useCallback(async () => {
    const root = stage.current;
    if (busy.current || !root) return;
    busy.current = true;
    const { t, lang } = c;
    try {
      const [{ buildDeck }, { storyDeck, showsMap }, { mapPicture, mapSignature }] = await Promise.all([
        import('./deck'),
        import('./deckSpec'),
        import('./deckMap'),
      ]);
      const maps = new Map<number, DeckImage>();
      for (const [i, slide] of story.slides.entries()) {
        if (!showsMap(slide)) continue;
        setStatus(t('briefing.deck.preparing', { n: i + 1, total }));
        show(i + 1);
        await mapSettled(root, t('briefing.counter', { n: i + 1, total }), mapSignature);
        const title = root.querySelector('#briefing-title')?.textContent ?? '';
        const entry = registry
          ?.items()
          .find((e) => e.kind === 'map')
          ?.read();
        const pic =
          entry &&
          (await mapPicture(entry, {
            lang,
            title,
            source: t('briefing.export.source', { date: formatDate(today(), lang) }),
            alt: t('briefing.deck.mapAlt', { title }),
          }));
        if (pic) maps.set(i, pic);
      }
      show(start);
      const spec = storyDeck(story, d, c, (i) => maps.get(i), b.treaties);
      const file = `atlas-briefing-${lang}-${today()}.pptx`;
      downloadBlob(file, (await buildDeck(spec, 'blob')) as Blob);
      setStatus(t('briefing.deck.done', { file }));
    } catch (e) {
      show(start);
      setStatus(t('briefing.deck.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      busy.current = false;
    }
  }, [c, story, start, total, show, d, stage, registry, b.treaties]);

  return { download, status };
}
