import type { CountryStats } from '../../domain/aggregate';
import type { Translate } from '../../i18n/messages';

// Leaflet tooltips take an element; building it with DOM calls keeps data text as text, never HTML.
export function countryTooltip(
  name: string,
  s: CountryStats | undefined,
  programmeName: (id: string) => string,
  t: Translate,
): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  root.append(title);
  const list = document.createElement('ul');
  list.className = 'tooltip-list';
  for (const [prog, n] of [...(s?.byProgramme ?? [])].sort((a, b) => b[1] - a[1])) {
    const li = document.createElement('li');
    li.textContent = `${programmeName(prog)}: ${n}`;
    list.append(li);
  }
  if (s && s.via > 0) {
    const li = document.createElement('li');
    li.textContent = t('map.tooltipVia', { n: s.via });
    list.append(li);
  }
  if (list.childElementCount === 0) {
    const li = document.createElement('li');
    li.textContent = t('map.tooltipNone');
    list.append(li);
  }
  root.append(list);
  return root;
}
