import type { CountryStats } from '../../domain/aggregate';
import type { Translate } from '../../i18n/messages';
import { textElement } from '../../ui/dom';

// Leaflet writes a string it is given as HTML: a tooltip gets an element whose text is data, never markup.
export function countryTooltip(
  name: string,
  s: CountryStats | undefined,
  programmeName: (id: string) => string,
  t: Translate,
  /** on the treaty map, the country's status: "PCT: Member (since 11 March 2015)" */
  treaty?: string,
): HTMLElement {
  const root = document.createElement('div');
  const list = document.createElement('ul');
  list.className = 'tooltip-list';
  for (const [prog, n] of [...(s?.byProgramme ?? [])].sort((a, b) => b[1] - a[1]))
    list.append(textElement('li', `${programmeName(prog)}: ${n}`));
  if (s && s.via > 0) list.append(textElement('li', t('map.tooltipVia', { n: s.via })));
  if (list.childElementCount === 0) list.append(textElement('li', t('map.tooltipNone')));
  root.append(textElement('strong', name));
  if (treaty) root.append(textElement('p', treaty, 'tooltip-treaty'));
  root.append(list);
  return root;
}
