import type { treatyChartEn } from './treatyChart.en';

// Japanese words of the timeline's treaty chart; the keys are those of treatyChart.en.ts (checked by tsc).
export const treatyChartJa: Record<keyof typeof treatyChartEn, string> = {
  'timeline.tab.treaties': 'WIPO条約',
  'timeline.treaties.title': '活動対象国のWIPO条約への加盟',
  'timeline.treaties.summary':
    '選択した活動の対象となった{n}か国のうち、各年末時点でPCT、マドリッド協定議定書、ハーグ協定の締約国であった国の数（{asOf}までのWIPOの記録による）。線上の点は1か国の加入を表す。下段は、その年に始まった活動がある国の数。',
  'timeline.treaties.unit': '国数。',
  'timeline.treaties.note':
    '数えた国：現在の選択で数えられる活動の対象となった{n}か国（各年1回ずつ）。加盟する地域機関（OAPIなど）が締約者であることにより対象となる国は破線で示し、加入としては数えない。ここで参照した記録にない国は、締約国とも非締約国とも数えない。',
  'timeline.treaties.unknown': '{year}年末時点で、{n}か国のうちここで参照したWIPOの記録にない国の数：{list}。',
  'timeline.treaties.after': '{year}年より後の年は数えていない（記録は{date}までのもの）。',
  'timeline.treaties.loading': 'WIPOの条約記録を読み込んでいます…',
  'timeline.treaties.none': '現在の選択には活動の対象国がない。',
  'timeline.treaties.axis': '国数（対象{n}か国のうち）',
  'timeline.treaties.band': 'その年に始まった活動がある国',
  'timeline.treaties.members': '{treaty}：締約国',
  'timeline.treaties.via': '{treaty}：{body}を通じて対象',
  'timeline.treaties.notFound': '{treaty}：記録なし',
  'timeline.treaties.active': 'その年に活動がある国',
  'timeline.treaties.changes': 'その年の変化',
  'timeline.treaties.recordsEnd': '記録は{date}まで',
  'timeline.treaties.mark.joined': '加入（効力発生）',
  'timeline.treaties.mark.listed': '締約者として掲載（加入日は記録なし）',
  'timeline.treaties.mark.withdrew': '脱退',
  'timeline.treaties.mark.via': '地域機関を通じて対象',
  'timeline.treaties.change.joined': '{country}が{treaty}に加入（{date}効力発生）',
  'timeline.treaties.change.listed': '{country}：{date}までに{treaty}の締約者として掲載',
  'timeline.treaties.change.withdrew': '{country}が{treaty}から脱退（{date}）',
  'timeline.treaties.change.via': '{country}：{body}を通じて{treaty}の対象（{date}）',
  'timeline.treaties.tipCount': '{name}：{n}',
  'timeline.treaties.keys': '左右の矢印キーで年ごとに読み上げます。',
};
