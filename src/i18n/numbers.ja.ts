// 見出しの指標・出典・関連事業のメッセージ（issue #17）。日本語カタログに統合される。
import type { numbersEn } from './numbers.en';

export const numbersJa: Record<keyof typeof numbersEn, string> = {
  'headline.events': '記録された催し',
  'headline.eventsNote': '日付のある催し：プログラム一覧で「催し」とされた種類の記録',
  'headline.participants': '記録された参加者',
  'headline.participantsNote': '{q}記録された催しで報告された参加者数（各集団1回のみ）',
  'headline.learners': '記録された学生・修了生',
  'headline.learnersNote': '{q}記録された課程の在籍者・修了者数（各課程1回のみ）',
  'headline.trainees': '記録された研修員',
  'headline.traineesNote': '{q}記録された研修コースの受講者数（各コース1回のみ）',
  'headline.enterprises': '記録された企業',
  'headline.enterprisesNote': '{q}記録された相談会で支援を受けた企業数。公式の集計ではない',
  'headline.atLeast': '下限値：',
  'headline.about': '下限値（概数を含む）：',
  'headline.yearsSince': '{first}–{to}年',
  'headline.yearsNoteBegun': 'それ以前（{first}年）に始まり継続中の活動を含む',
  'headline.sources': '出典（{n}件の記録）',
  'headline.sources.one': '出典（1件の記録）',
  'headline.sourcesNone': '現在の条件では、この数値の根拠となる記録はありません。',
  'headline.excluded': '除外（重複または上限値）：{n}件',
  'filters.context': '関連事業を含める（基金との関係が明記されていないもの）',
  'panel.context': '関連事業（基金との関係の明記なし）',
};
