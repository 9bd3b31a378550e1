// 見出しの指標・出典・関連事業のメッセージ（issue #17）。日本語カタログに統合される。
import type { numbersEn } from './numbers.en';

export const numbersJa: Record<keyof typeof numbersEn, string> = {
  'headline.events': '記録された催し',
  'headline.eventsNote': 'プログラム一覧で催しとされる種類の日付のある記録',
  'headline.participants': '記録された参加者',
  'headline.participantsNote': '催しの参加者（各集団1回）。{q}',
  'headline.learners': '記録された学生・修了生',
  'headline.learnersNote': '在籍者・修了者（各課程1回）。{q}',
  'headline.trainees': '記録された研修員',
  'headline.traineesNote': '研修の受講者（各コース1回）。{q}',
  'headline.enterprises': '記録された企業',
  'headline.enterprisesNote': '相談会で支援を受けた企業。{q}。公式の集計ではない',
  'headline.atLeast': '下限値',
  'headline.about': '下限値（概数を含む）',
  'headline.yearsSince': '{first}–{to}年',
  'headline.yearsNoteBegun': '{first}年に始まり継続中の活動を含む',
  'headline.sources': '出典（{n}件）',
  'headline.sources.one': '出典（1件）',
  'headline.sourcesNone': '現在の条件では、この数値の根拠となる記録はありません。',
  'headline.excluded': '除外（重複または上限値）：{n}件',
  'filters.context': '関連事業を含める（基金との関係が明記されていないもの）',
  'panel.context': '関連事業（基金との関係の明記なし）',
  'briefing.sentence.smeNoOfficial':
    '公式の集計はまだ公表されていません。記録上の下限値は{enterprises}（{date}の催し）です。',
  'briefing.sentence.smeNoOfficialPassed':
    '期限の{by}を過ぎましたが、公式の集計は公表されていません。記録上の下限値は{enterprises}（{date}の催し）です。',
  'briefing.basis.press-estimate': '{v}（報道による見込額）',
  'briefing.basis.converted': '{v}（他通貨からの換算額）',
  'briefing.sources': '出典',
  'briefing.sourcesOf': '「{sentence}」の根拠',
  'timeline.sme.noOfficialYet': '{date}までに{target}：公式の集計はまだ公表されていません。',
  'timeline.sme.noOfficialPassed': '{date}までに{target}：期限を過ぎましたが、公式の集計は公表されていません。',
  'timeline.sme.overall': '全体で{target}（独自の期限なし）。',
  'timeline.sme.latestEvent':
    '記録上の最新の下限値：{n}（{event}、{date}。出典：{source}）。公式の集計ではありません。',
  'timeline.sme.targetsTitle': '目標',
  'timeline.sme.enterprisesUnit': '社',
};
