import { useEffect, useRef, useState } from 'react';
import { byDate } from '../../domain/dates';
import type { Activity, Place } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';

export type CityItems = { place: Place; events: Activity[] }[];

/** "More below" while the end of a list that scrolls is out of sight; an observer of the list's last
 * line sees both scrolling and the popup taking its height. */
function useMoreBelow() {
  const end = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = end.current;
    const box = el?.closest('.leaflet-popup-content');
    if (!el || !box) return;
    const observer = new IntersectionObserver(([entry]) => setMore(!entry?.isIntersecting), { root: box });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { end, more };
}

/** The activities of a city marker, each opening its country, and the countries its cities are in
 * (a city's square sits on its country, so a click meant for the country can land on it). Rendered by
 * react-leaflet into the popup when it opens. */
export function CityPopup({
  items,
  countries,
  onSelect,
}: {
  items: CityItems;
  countries: { iso3: string; name: string }[];
  onSelect: (iso3: string) => void;
}) {
  const { lang, t } = useLocale();
  const text = useText();
  const { end, more } = useMoreBelow();
  return (
    <>
      {countries.map(({ iso3, name }) => (
        <button key={iso3} type="button" className="link-button popup-country" onClick={() => onSelect(iso3)}>
          {t('map.openCountry', { name })}
        </button>
      ))}
      {items.map(({ place, events }) => (
        <section key={place.id}>
          <h3 className="popup-title">{text(place.name).text}</h3>
          <ul className="popup-list">
            {byDate(events).map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => onSelect(a.countries[0] ?? place.iso3)}>
                  {formatDate(a.start, lang, a.yearBasis === 'jp-fiscal')} — {text(a.title).text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div ref={end} className="popup-end" />
      {/* Words for sighted users; a screen reader reads the list itself. */}
      <p className="popup-more" aria-hidden="true" hidden={!more}>
        {t('map.popupMore')}
      </p>
    </>
  );
}
