import { divIcon } from 'leaflet';
import { useMemo } from 'react';
import { Marker, Popup } from 'react-leaflet';
import { sortKey } from '../../domain/dates';
import type { Activity, Place } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLocale, useText } from '../../i18n/LocaleContext';

const icon = (n: number) =>
  divIcon({ className: 'event-marker', html: `<span aria-hidden="true">${n}</span>`, iconSize: [16, 16] });

/** One diamond per city where filtered events took place; it opens the list of its events. */
export function EventMarkers({
  activities,
  places,
  onSelect,
}: {
  activities: Activity[];
  places: Place[];
  onSelect: (iso3: string) => void;
}) {
  const { lang, t } = useLocale();
  const text = useText();
  const byPlace = useMemo(() => {
    const m = new Map<string, Activity[]>();
    for (const a of activities) if (a.place) m.set(a.place, [...(m.get(a.place) ?? []), a]);
    return m;
  }, [activities]);
  return (
    <>
      {places
        .filter((p) => byPlace.has(p.id))
        .map((p) => {
          const events = [...(byPlace.get(p.id) ?? [])].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
          const name = text(p.name).text;
          return (
            <Marker
              key={p.id}
              position={[p.lat, p.lon]}
              icon={icon(events.length)}
              title={t('map.marker', { name, n: events.length })}
              alt={t('map.marker', { name, n: events.length })}
              keyboard
            >
              <Popup>
                <h3 className="popup-title">{name}</h3>
                <ul className="popup-list">
                  {events.map((a) => (
                    <li key={a.id}>
                      <button type="button" className="link-button" onClick={() => onSelect(a.countries[0] ?? p.iso3)}>
                        {formatDate(a.start, lang, a.yearBasis === 'jp-fiscal')} — {text(a.title).text}
                      </button>
                    </li>
                  ))}
                </ul>
              </Popup>
            </Marker>
          );
        })}
    </>
  );
}
