import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportPicture, ExportSize } from './exportRegistry';

interface Job {
  size: ExportSize;
  finish: (svg: SVGSVGElement | null) => void;
}

const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/** The drawing inside `host` once it has stopped changing: a chart library may draw in more than one
 * pass (Recharts feeds its store from effects), so the copy is read only when two looks agree. */
async function settled(host: { current: HTMLElement | null }): Promise<SVGSVGElement | null> {
  const ser = new XMLSerializer();
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    await nextTask();
    const svg = host.current?.getElementsByTagName('svg')[0] ?? null;
    if (!svg) continue;
    const now = ser.serializeToString(svg);
    if (now === last) return svg;
    last = now;
  }
  return host.current?.getElementsByTagName('svg')[0] ?? null;
}

/**
 * A copy of a chart laid out anew at the size an export asks for, drawn off screen while the export
 * reads it and removed afterwards. Enlarging the chart as drawn on screen would keep its shape (wide
 * empty bands on a slide) and blow its 13 px labels up past any sensible size. `draw` renders the bare
 * drawing at a given size, without animation; `copy` goes anywhere in the component's output.
 */
export function useExportCopy(draw: (size: ExportSize) => ReactNode) {
  const [job, setJob] = useState<Job | null>(null);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!job) return;
    let live = true;
    void settled(host).then((svg) => live && job.finish(svg));
    return () => {
      live = false;
      job.finish(null);
    };
  }, [job]);
  const picture = useCallback(
    (size: ExportSize) =>
      new Promise<ExportPicture | null>((resolve) => {
        let done = false;
        const next: Job = {
          size,
          finish: (svg) => {
            if (done) return;
            done = true;
            const release = () => setJob((j) => (j === next ? null : j));
            if (!svg) release();
            resolve(svg ? { svg, release } : null);
          },
        };
        setJob(next);
      }),
    [],
  );
  const copy = job && (
    <div
      ref={host}
      className="export-copy"
      aria-hidden="true"
      inert
      style={{ position: 'fixed', left: -20000, top: 0, width: job.size.width, height: job.size.height }}
    >
      {draw(job.size)}
    </div>
  );
  return { copy, picture };
}
