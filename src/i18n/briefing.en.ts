// Messages of briefing mode and exports (features/briefing). Merged into the English catalogue.
export const briefingEn = {
  'briefing.placeholder': 'Briefing',
} as const;
