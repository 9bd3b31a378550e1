import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDate } from '../../i18n/format';
import type { Dashboard } from '../../state/useDashboard';
import { useExportRegistry } from '../../ui/exportRegistry';
import type { DeckImage } from './deck';
import { downloadBlob, today } from './download';
import { showsMap } from '../../domain/story';
import { slideTitle } from './slideText';
import type { Briefing } from './useBriefing';

// A guard against a map that never finishes (a hung page), not a measure of speed.
const GIVE_UP_MS = 30_000;

/** A promise for "this window shows slide n with its view applied", kept by the commit that shows it. */
function useWhenShown(n: number, applied: boolean) {
  const shown = useRef({ n, applied });
  const waiting = useRef<{ n: number; resolve: () => void }[]>([]);
  useEffect(() => {
    shown.current = { n, applied };
    if (!applied) return;
    const ready = waiting.current.filter((w) => w.n === n);
    waiting.current = waiting.current.filter((w) => w.n !== n);
    ready.forEach((w) => w.resolve());
  }, [n, applied]);
  return useCallback(
    (target: number) =>
      shown.current.n === target && shown.current.applied
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.current.push({ n: target, resolve })),
    [],
  );
}

const orGiveUp = <T>(p: Promise<T>): Promise<T> =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the map did not finish drawing')), GIVE_UP_MS),
    ),
  ]);

/**
 * "Download as PowerPoint": the story's deck in the active language. The map of each slide that shows the
 * map is drawn on this stage, so the window steps through those slides (the other window does not follow)
 * and comes back; everything else is worked out from the data. pptxgenjs and the picture code load here.
 * The map's registry entry says when it has settled (`settled`): nothing here reads the map's DOM.
 */
export function useDeckDownload(b: Briefing, d: Dashboard) {
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  const { c, story, n: start, total, show } = b;
  const registry = useExportRegistry();
  const whenShown = useWhenShown(b.n, b.applied);

  const download = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    const { t, lang } = c;
    try {
      const [{ buildDeck }, { storyDeck }, { mapPicture }] = await Promise.all([
        import('./deck'),
        import('./deckSpec'),
        import('./deckMap'),
      ]);
      const maps = new Map<number, DeckImage>();
      for (const [i, slide] of story.slides.entries()) {
        if (!showsMap(slide)) continue;
        setStatus(t('briefing.deck.preparing', { n: i + 1, total }));
        show(i + 1);
        await orGiveUp(whenShown(i + 1));
        const item = registry?.items().find((e) => e.kind === 'map');
        await orGiveUp(item?.read()?.settled?.() ?? Promise.resolve());
        const entry = item?.read();
        const title = slideTitle(slide, c);
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
  }, [c, story, start, total, show, d, registry, whenShown, b.treaties]);

  return { download, status };
}
