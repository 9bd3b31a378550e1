// Messages of the headline measures, their sources and related work (issue #17). Merged into the
// English catalogue.
export const numbersEn = {
  'headline.events': 'Events documented',
  'headline.eventsNote': 'dated gatherings of the event types in the programme list',
  'headline.participants': 'Participants documented',
  'headline.participantsNote': 'at gatherings, each group once; {q}',
  'headline.learners': 'Students, graduates documented',
  'headline.learnersNote': 'enrolled or graduated, each class once; {q}',
  'headline.trainees': 'Trainees documented',
  'headline.traineesNote': 'trained on a course, each course once; {q}',
  'headline.enterprises': 'Enterprises documented',
  'headline.enterprisesNote': 'advised at clinics; {q}, not an official count',
  'headline.atLeast': 'a lower bound',
  'headline.about': 'a lower bound (one figure approximate)',
  'headline.yearsSince': '{first}–{to}',
  'headline.yearsNoteBegun': 'with work begun earlier (from {first}), still running',
  'headline.sources': 'Sources ({n})',
  'headline.sources.one': 'Source (1)',
  'headline.sourcesNone': 'No record behind this number under the current filters.',
  'headline.excluded': 'Left out (already counted, or an upper bound): {n}',
  'filters.context': 'Include related work (no fund link stated)',
  'panel.context': 'Related work (no fund link stated)',
  'briefing.sentence.smeNoOfficial':
    'No official count has been published yet; the latest documented lower bound is {enterprises}, at an event on {date}.',
  'briefing.sentence.smeNoOfficialPassed':
    'The deadline of {by} has passed and no official count has been published; the latest documented lower bound is {enterprises}, at an event on {date}.',
  'briefing.basis.press-estimate': '{v}, a press estimate',
  'briefing.basis.converted': '{v} (a conversion from another currency)',
  'briefing.sources': 'Sources',
  'briefing.sourcesOf': 'Behind “{sentence}”',
  'timeline.sme.noOfficialYet': '{target} by {date}: no official count has been published yet.',
  'timeline.sme.noOfficialPassed': '{target} by {date}: the deadline has passed; no official count has been published.',
  'timeline.sme.overall': '{target} overall, with no deadline of its own.',
  'timeline.sme.latestEvent':
    'Latest documented lower bound: {n}, at {event} on {date} (source: {source}). Not an official count.',
  'timeline.sme.targetsTitle': 'Targets',
  'timeline.sme.enterprisesUnit': 'enterprises',
} as const;
