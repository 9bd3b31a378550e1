// Plain types of data/treaties.json after validation (checked against its zod schema in
// src/data/schemas.ts at compile time, like the dataset's types in types.ts).
import type { Localized, PartialDate, Source, SourceRef } from './types';

/** What the instrument did. `bound`: the source states only that (or from when) the treaty applies
 * to the party, not by which instrument. `succession`: a declaration of continued application. */
export type TreatyAction = 'ratification' | 'accession' | 'succession' | 'withdrawal' | 'bound';

export interface Treaty {
  /** pct, madrid, hague, paris */
  id: string;
  /** the official name, en + ja */
  name: Localized;
  shortName: Localized;
}

/** A WIPO notification announcing the action (e.g. Madrid Notification No. 210). */
export interface TreatyNotification {
  number: number;
  /** the date printed on the notification (not necessarily the date of deposit) */
  date?: PartialDate;
}

/** One dated action of one party (a country's ISO3 or a regional body id such as OAPI) on one treaty.
 * Every date is as stated by a WIPO source; a date no source gives is absent. */
export interface TreatyEntry {
  id: string;
  party: string;
  treaty: string;
  action: TreatyAction;
  /** the date the instrument was deposited with WIPO's Director General */
  deposited?: PartialDate;
  /** the date the action took effect: entry into force, or for a withdrawal the date it ceased to apply */
  inForce?: PartialDate;
  notification?: TreatyNotification;
  /** a WIPO list shows the party bound by this date; the date it joined is not in our sources */
  partyBy?: PartialDate;
  note?: Localized;
  sources: SourceRef[];
}

/** A source as in sources.json, in more languages (WIPO's pages come in six, and some in German). */
export interface TreatySource extends Omit<Source, 'language'> {
  language: Source['language'] | 'zh' | 'ar' | 'ru' | 'de';
}

export interface TreatiesAsOf {
  /** the newest date found in the sources read: nothing after it is in the file */
  date: PartialDate;
  note: Localized;
}

export interface TreatiesData {
  asOf: TreatiesAsOf;
  treaties: Treaty[];
  sources: TreatySource[];
  entries: TreatyEntry[];
}
