import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { fileQuery } from '../../data/queries';
import { slideFacts } from '../../domain/slideFacts';
import { showsMap } from '../../domain/story';
import { clampSlide, step, type SlideAction } from '../../domain/slideNavigation';
import type { Dashboard } from '../../state/useDashboard';
import { deckChart } from './deckChart';
import { slideInput } from './slideModel';
import { showsView, slidePatch } from './slidePatch';
import { slideTitle } from './slideText';
import { useSlideLink } from './useSlideLink';
import { useStory } from './useStory';
import { useTextContext } from './useTextContext';

/** What both briefing windows share: the story, the slide shown (its view in the URL), its sentences,
 * and moving between slides in step with the other window. */
export function useBriefing(d: Dashboard) {
  const c = useTextContext(d.data);
  const { story, linkError } = useStory(d);
  const total = story.slides.length;
  const n = clampSlide(d.state.slide ?? 1, total);
  const slide = story.slides[n - 1] ?? story.slides[0];
  const view = useMemo(() => slidePatch(slide?.view ?? {}), [slide]);
  const { navigate } = d;

  // Before paint, so a slide never flashes the previous slide's numbers.
  useLayoutEffect(() => {
    navigate({ ...view, slide: n }, 'replace');
  }, [navigate, view, n]);

  const show = useCallback(
    (target: number) => navigate({ slide: clampSlide(target, total) }, 'replace'),
    [navigate, total],
  );
  const link = useSlideLink(d.state.presenter, n, show);
  const { announce } = link;
  /** A local key or click: show the slide here and in the other window. */
  const move = useCallback(
    (a: Extract<SlideAction, 'next' | 'prev' | 'first' | 'last'>) => {
      const target = step(n, a, total);
      show(target);
      announce(target);
    },
    [n, total, show, announce],
  );

  const applied = showsView(d.state, view);
  // WIPO's treaty records are fetched only for a story that has a treaty slide.
  const hasTreaties = story.slides.some((s) => s.topic === 'treaties');
  const treaties = useQuery({ ...fileQuery('treaties.json'), enabled: hasTreaties }).data ?? null;
  const facts = useMemo(
    () => (slide ? slideFacts(slide, slideInput(d, treaties)) : { sentences: [], quoted: [], conflicts: [] }),
    [slide, d, treaties],
  );
  // One visual per slide: its chart (the deck's, drawn for the room), or the map fitted to its subject.
  const chart = useMemo(
    () => (slide && !showsMap(slide) ? deckChart({ view, dashboard: d, facts }, c) : null),
    [slide, view, d, facts, c],
  );
  return {
    c,
    story,
    linkError,
    n,
    total,
    slide,
    next: story.slides[n] ?? null,
    title: slide ? slideTitle(slide, c) : '',
    applied,
    facts,
    chart,
    treaties,
    move,
    /** shows a slide here only (the other window does not follow) */
    show,
    link,
  };
}

export type Briefing = ReturnType<typeof useBriefing>;

/** Shows the dialog modal (the page behind is inert for keyboard and screen readers alike) and gives the
 * focus back to the "Briefing mode" button on leaving. */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open && typeof el.showModal === 'function') el.showModal();
    el?.focus();
    const cancel = (e: Event) => e.preventDefault(); // Escape is handled with the other keys
    el?.addEventListener('cancel', cancel);
    return () => {
      el?.removeEventListener('cancel', cancel);
      if (el?.open) el.close();
      document.getElementById('briefing-enter')?.focus();
    };
  }, []);
  return dialog;
}
