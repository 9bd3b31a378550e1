import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Programme } from '../../domain/types';
import { bracketed, formatNumber, labelled, remark } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';

type Kind = 'programme' | 'type';

interface Props {
  programmes: Programme[];
  selectedProgrammes: string[];
  selectedTypes: string[];
  programmeCounts: Map<string, number>;
  typeCounts: Map<string, number>;
  onChange: (programmes: string[], types: string[]) => void;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Two-level multi-select: programmes, and their activity types folded under each programme (a
 * disclosure button opens them). Each option shows how many activities it has under the other filters;
 * options with none stay visible and say so. A change of the years or the partner gives it equal lists
 * and the same counts (they follow a frame later), so it is not rendered again for those. */
export const ProgrammeFilter = memo(
  ProgrammeOptions,
  (a: Props, b: Props) =>
    a.programmes === b.programmes &&
    a.programmeCounts === b.programmeCounts &&
    a.typeCounts === b.typeCounts &&
    a.onChange === b.onChange &&
    sameList(a.selectedProgrammes, b.selectedProgrammes) &&
    sameList(a.selectedTypes, b.selectedTypes),
);

function ProgrammeOptions(props: Props) {
  const { t, lang } = useLocale();
  const text = useText();
  // The options call one stable toggle that reads the latest selection, so an option re-renders only
  // when its own checkbox or count changes: React rewrites the name and type attributes of every
  // checkbox it re-renders, and the browser then restyles it (65 of them on every filter change).
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const toggle = useCallback((kind: Kind, id: string) => {
    const { selectedProgrammes: ps, selectedTypes: ts, onChange } = latest.current;
    const flip = (list: string[]) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
    if (kind === 'programme') onChange(flip(ps), ts);
    else onChange(ps, flip(ts));
  }, []);
  const none = t('filters.none');
  // Which programmes show their types: the reader's choice, else open where one of its types is chosen
  // (so a link that filters by type shows the ticked box).
  const [open, setOpen] = useState<Record<string, boolean>>({});
  return (
    <fieldset className="programme-filter">
      <legend>{t('filters.programme')}</legend>
      <ul>
        {props.programmes.map((p) => {
          const n = props.programmeCounts.get(p.id);
          const name = text(p.name).text;
          const expanded = open[p.id] ?? p.types.some((ty) => props.selectedTypes.includes(ty.id));
          const chosen = p.types.filter((ty) => props.selectedTypes.includes(ty.id)).length;
          const listId = `types-${p.id}`;
          return (
            <li key={p.id}>
              <div className="programme-row">
                <Option
                  kind="programme"
                  id={p.id}
                  label={name}
                  count={n ?? 0}
                  none={none}
                  checked={props.selectedProgrammes.includes(p.id)}
                  onToggle={toggle}
                />
                <button
                  type="button"
                  className="disclose"
                  aria-expanded={expanded}
                  aria-controls={listId}
                  aria-label={t('filters.showTypes', { name, n: p.types.length })}
                  onClick={() => setOpen((o) => ({ ...o, [p.id]: !expanded }))}
                >
                  <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                  {chosen > 0 && !expanded ? <span className="chosen">{chosen}</span> : null}
                </button>
              </div>
              <ul id={listId} hidden={!expanded} aria-label={`${labelled(t('filters.type'), lang)}${name}`}>
                {expanded &&
                  p.types.map((ty) => {
                    const m = props.typeCounts.get(ty.id);
                    return (
                      <li key={ty.id}>
                        <Option
                          kind="type"
                          id={ty.id}
                          label={text(ty.name).text}
                          count={m ?? 0}
                          none={none}
                          checked={props.selectedTypes.includes(ty.id)}
                          onToggle={toggle}
                        />
                      </li>
                    );
                  })}
              </ul>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const Option = memo(function Option(props: {
  kind: Kind;
  id: string;
  label: string;
  count: number;
  /** Said after a zero count, for screen readers only: on screen the muted "(0)" is enough, and the
   * long words wrapped each empty option onto two or three lines, so the list jumped by hundreds of
   * pixels (and the whole page was laid out and repainted again) on every filter change. */
  none: string;
  checked: boolean;
  onToggle: (kind: Kind, id: string) => void;
}) {
  const { kind, id, checked, onToggle } = props;
  const { lang } = useLocale();
  // The same element object while the box is unchanged: React then leaves the input alone when only
  // the count beside it changes.
  const box = useMemo(
    () => <input type="checkbox" checked={checked} onChange={() => onToggle(kind, id)} />,
    [kind, id, checked, onToggle],
  );
  return (
    <label className={props.count ? undefined : 'empty-option'}>
      {box}
      {props.label}
      <span className="count">
        {bracketed(formatNumber(props.count, lang), lang)}
        {/* Always there, empty when the count is not zero: a span added and removed on each change
            would be a layout box built and dropped each time. */}
        <span className="visually-hidden">{props.count ? '' : remark(props.none, lang)}</span>
      </span>
    </label>
  );
});
