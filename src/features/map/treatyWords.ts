// The words of a treaty status, once: the map's key names each class with `classLabel`, and a country's
// tooltip and the map's country table say its status with `statusWords`, which starts from the same label.
import type { TreatyStatus } from '../../domain/treaties';
import type { TreatyClass } from '../../domain/treatyMap';
import { formatDate } from '../../i18n/format';
import type { Translate } from '../../i18n/messages';
import type { Lang } from '../../state/urlState';

/** A class as the key names it: "Member", "Not found in WIPO's records here". */
export const classLabel = (c: TreatyClass, t: Translate): string => t(`treaty.class.${c}`);

/** A country's status in the key's words, with what the records add: "Member (since 11 March 2015)",
 * "Covered through a regional body that is a party (OAPI)". */
export function statusWords(s: TreatyStatus, t: Translate, lang: Lang): string {
  const label = classLabel(s.kind, t);
  const detail =
    s.kind === 'member'
      ? t(s.basis === 'in-force' ? 'treaty.status.since' : 'treaty.status.by', { date: formatDate(s.since, lang) })
      : s.kind === 'via-regional-body'
        ? s.body
        : null;
  return detail ? t('treaty.status.detail', { status: label, detail }) : label;
}

/** "PCT: Member (since 11 March 2015)": the tooltip's line. */
export const statusLine = (treaty: string, s: TreatyStatus, t: Translate, lang: Lang): string =>
  t('treaty.status', { treaty, status: statusWords(s, t, lang) });
