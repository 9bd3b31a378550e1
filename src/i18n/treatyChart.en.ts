// Words of the timeline's treaty chart (features/timeline/TreatyChart), merged into en.ts.
export const treatyChartEn = {
  'timeline.tab.treaties': 'WIPO treaties',
  'timeline.treaties.title': 'WIPO treaty membership of the countries reached',
  'timeline.treaties.summary':
    "How many of the {n} countries the selected activities were held in or with were members of the PCT, the Madrid Protocol and the Hague Agreement at the end of each year, by WIPO's records read up to {asOf}; each dot on a line is one country joining. Below: how many of them had activities starting that year.",
  'timeline.treaties.unit': 'Countries.',
  'timeline.treaties.note':
    'Counted: the {n} countries with counted activities in the current selection (held in or with them), each once a year. A country covered only because a regional body it belongs to is a party (such as OAPI) is a dashed line, never counted as joining. A country with no record here is counted neither as member nor as non-member.',
  'timeline.treaties.unknown':
    "Countries of the {n} with no record in WIPO's records here at the end of {year}: {list}.",
  'timeline.treaties.after': 'Years after {year} have no counts: the records were read up to {date}.',
  'timeline.treaties.loading': 'Loading the WIPO treaty records…',
  'timeline.treaties.none': 'No country had activities in the current selection.',
  'timeline.treaties.axis': 'Countries (of {n} reached)',
  'timeline.treaties.band': 'Countries with activities starting that year',
  'timeline.treaties.members': '{treaty}: members',
  'timeline.treaties.via': '{treaty}: covered through {body}',
  'timeline.treaties.notFound': '{treaty}: no record',
  'timeline.treaties.active': 'Countries with activities that year',
  'timeline.treaties.changes': 'Changes that year',
  'timeline.treaties.recordsEnd': 'Records to {date}',
  'timeline.treaties.mark.joined': 'joined (in force)',
  'timeline.treaties.mark.listed': 'listed as bound (joining date not recorded)',
  'timeline.treaties.mark.withdrew': 'withdrew',
  'timeline.treaties.mark.via': 'covered through a regional body',
  'timeline.treaties.change.joined': '{country} joined the {treaty} (in force {date})',
  'timeline.treaties.change.listed': '{country}: listed as bound by the {treaty} by {date}',
  'timeline.treaties.change.withdrew': '{country} left the {treaty} ({date})',
  'timeline.treaties.change.via': '{country}: covered by the {treaty} through {body} ({date})',
  'timeline.treaties.tipCount': '{name}: {n}',
  'timeline.treaties.keys': 'Use the left and right arrow keys to read each year.',
} as const;
