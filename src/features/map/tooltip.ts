import type { CountryStats } from '../../domain/aggregate';
import { leadingProgramme, TIED } from '../../domain/leadingProgramme';
import type { Translate } from '../../i18n/messages';
import { textElement } from '../../ui/dom';

// Leaflet writes a string it is given as HTML: a tooltip gets an element whose text is data, never markup.
export function countryTooltip(
  name: string,
  s: CountryStats | undefined,
  programmeName: (id: string) => string,
  t: Translate,
  /** `treaty`: on the treaty map, the country's status ("PCT: Member (since 11 March 2015)");
   * `byProgramme`: on the "by programme" map, name the programme the country's colour stands for */
  { treaty, byProgramme = false }: { treaty?: string; byProgramme?: boolean } = {},
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
  const lead = byProgramme && s ? leadingProgramme(s.byProgramme) : null;
  if (lead)
    root.append(
      textElement(
        'p',
        lead.id === TIED
          ? t('map.tooltipTie', { programmes: lead.ids.map(programmeName).join(' · ') })
          : t('map.tooltipLead', { programme: programmeName(lead.id) }),
        'tooltip-lead',
      ),
    );
  root.append(list);
  return root;
}
