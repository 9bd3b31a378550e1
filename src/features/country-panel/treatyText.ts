import type { TreatyEntry } from '../../domain/treatyTypes';
import { formatDate, joinWords } from '../../i18n/format';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';

/** One dated action in words, each date as WIPO's source gives it and none that it does not:
 * "acceded 11 December 2014, in force 11 March 2015", "notification No. 212 of 6 October 2016". */
export function entryText(e: TreatyEntry, t: Translate, lang: Lang): string {
  const date = (d: string) => formatDate(d, lang);
  const parts: string[] = [];
  if (e.deposited) parts.push(t(`treaty.deposited.${e.action}`, { date: date(e.deposited) }));
  if (e.inForce)
    parts.push(
      t(e.action === 'withdrawal' ? 'treaty.inForce.withdrawal' : 'treaty.inForce', { date: date(e.inForce) }),
    );
  if (e.partyBy) parts.push(t('treaty.partyBy', { date: date(e.partyBy) }));
  if (e.notification) {
    const { number: n, date: d } = e.notification;
    parts.push(d ? t('treaty.notification', { n, date: date(d) }) : t('treaty.notificationUndated', { n }));
  }
  if (!e.deposited && !e.inForce && !e.partyBy) parts.push(t('treaty.noDates'));
  return joinWords(parts, lang);
}
