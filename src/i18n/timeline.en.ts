// Messages of the timeline charts (features/timeline). Merged into the English catalogue.
export const timelineEn = {
  'timeline.placeholder': 'Charts',
} as const;
