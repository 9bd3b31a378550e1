import type { Programme } from '../../domain/types';
import { useLocale, useText } from '../../i18n/LocaleContext';

/** Two-level multi-select: programmes, and their activity types. Each option shows how many activities
 * it has under the other filters; options with none stay visible and say so. */
export function ProgrammeFilter(props: {
  programmes: Programme[];
  selectedProgrammes: string[];
  selectedTypes: string[];
  programmeCounts: Map<string, number>;
  typeCounts: Map<string, number>;
  onChange: (programmes: string[], types: string[]) => void;
}) {
  const { t } = useLocale();
  const text = useText();
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const count = (n: number | undefined) => (n ? ` (${n})` : ` (0 — ${t('filters.none')})`);
  return (
    <fieldset className="programme-filter">
      <legend>{t('filters.programme')}</legend>
      <ul>
        {props.programmes.map((p) => {
          const n = props.programmeCounts.get(p.id);
          return (
            <li key={p.id}>
              <label className={n ? undefined : 'empty-option'}>
                <input
                  type="checkbox"
                  checked={props.selectedProgrammes.includes(p.id)}
                  onChange={() => props.onChange(toggle(props.selectedProgrammes, p.id), props.selectedTypes)}
                />
                {text(p.name).text}
                <span className="count">{count(n)}</span>
              </label>
              <ul aria-label={`${t('filters.type')}: ${text(p.name).text}`}>
                {p.types.map((ty) => {
                  const m = props.typeCounts.get(ty.id);
                  return (
                    <li key={ty.id}>
                      <label className={m ? undefined : 'empty-option'}>
                        <input
                          type="checkbox"
                          checked={props.selectedTypes.includes(ty.id)}
                          onChange={() => props.onChange(props.selectedProgrammes, toggle(props.selectedTypes, ty.id))}
                        />
                        {text(ty.name).text}
                        <span className="count">{count(m)}</span>
                      </label>
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
