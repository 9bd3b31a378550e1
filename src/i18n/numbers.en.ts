// Messages of the headline measures, their sources and related work (issue #17). Merged into the
// English catalogue.
export const numbersEn = {
  'headline.events': 'Events documented',
  'headline.eventsNote': 'dated gatherings: records of the types marked as events in the programme list',
  'headline.participants': 'Participants documented',
  'headline.participantsNote': '{q} people reported at documented gatherings, each group once',
  'headline.learners': 'Students and graduates documented',
  'headline.learnersNote': '{q} people enrolled in or graduated from a documented class, each class once',
  'headline.trainees': 'Trainees documented',
  'headline.traineesNote': '{q} people trained on a documented course, each course once',
  'headline.enterprises': 'Enterprises documented',
  'headline.enterprisesNote': '{q} enterprises advised at a documented clinic; not an official count',
  'headline.atLeast': 'a lower bound:',
  'headline.about': 'a lower bound, one figure approximate:',
  'headline.yearsSince': '{first}–{to}',
  'headline.yearsNoteBegun': 'includes work begun earlier (from {first}) and still running',
  'headline.sources': 'Sources ({n} records)',
  'headline.sources.one': 'Sources (1 record)',
  'headline.sourcesNone': 'No record behind this number under the current filters.',
  'headline.excluded': 'Left out (already counted, or an upper bound): {n}',
  'filters.context': 'Include related work (no fund link stated)',
  'panel.context': 'Related work (no fund link stated)',
} as const;
