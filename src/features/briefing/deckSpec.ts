// A story as a DeckSpec: every slide worked out from the data (as its link would show it), in the active
// language. No DOM here: node builds the same deck from the same data (npm run test:pptx, the bench).
import { showsMap, type Slide, type Story } from '../../domain/story';
import type { DeckImage, DeckSlide, DeckSpec } from './deck';
import { deckChart } from './deckChart';
import type { DashboardModel } from '../../state/buildDashboard';
import { slideModel, type SlideModel } from './slideModel';
import type { TreatiesData } from '../../domain/treatyTypes';
import { local, quotedText, sentenceText, slideTitle, sourceLine, type TextContext } from './slideText';
import { labelled } from '../../i18n/format';

/** The speaker notes, then each figure quoted with its date and caveat, then what sources dispute. */
export function deckNotes(slide: Slide, model: SlideModel, c: TextContext): string {
  const parts = [slide.notes ?? c.t(`briefing.notes.${slide.topic}`)];
  const { quoted, conflicts } = model.facts;
  if (quoted.length)
    parts.push(
      [labelled(c.t('briefing.quoted'), c.lang).trimEnd(), ...quoted.map((q) => `- ${quotedText(q, c)}`)].join('\n'),
    );
  if (conflicts.length)
    parts.push(
      [
        labelled(c.t('briefing.conflicts'), c.lang).trimEnd(),
        ...conflicts.map((k) => `- ${labelled(local(k.topic, c.lang), c.lang)}${local(k.note, c.lang)}`),
      ].join('\n'),
    );
  return parts.join('\n\n');
}

/**
 * The deck of a story. `maps` gives the map picture of a slide where one was taken (in the browser); a
 * slide about the map without one (in node) shows its chart instead.
 */
export function storyDeck(
  story: Story,
  base: DashboardModel,
  c: TextContext,
  maps: (index: number) => DeckImage | undefined = () => undefined,
  treaties: TreatiesData | null = null,
): DeckSpec {
  const slides: DeckSlide[] = story.slides.map((slide, i) => {
    const model = slideModel(slide, base, treaties);
    const map = showsMap(slide) ? maps(i) : undefined;
    const chart = map ? null : deckChart(model, c);
    return {
      title: slideTitle(slide, c),
      sentences: model.facts.sentences.map((s) => sentenceText(s, c)),
      ...(chart ? { chart } : {}),
      ...(map ? { map } : {}),
      source: sourceLine(slide, c),
      notes: deckNotes(slide, model, c),
    };
  });
  return { lang: c.lang, title: story.title ?? c.t('briefing.deck.title'), slides };
}
