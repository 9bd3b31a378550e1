import type { timelineEn } from './timeline.en';

export const timelineJa: Record<keyof typeof timelineEn, string> = {
  'timeline.placeholder': 'グラフ',
};
