import type { briefingEn } from './briefing.en';

export const briefingJa: Record<keyof typeof briefingEn, string> = {
  'briefing.placeholder': 'ブリーフィング',
};
