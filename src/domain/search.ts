// Find a country by what people type: English or Japanese names, with or without accents,
// and common variants ("Vietnam", "Cape Verde", "Swaziland", "Ivory Coast").
import type { CountryProps } from './types';

const ALIASES: Record<string, string[]> = {
  VNM: ['vietnam', 'viet nam'],
  CPV: ['cape verde', 'cabo verde'],
  SWZ: ['swaziland', 'eswatini'],
  CIV: ['ivory coast', "cote d'ivoire"],
  LAO: ['laos', 'lao pdr', "lao people's democratic republic"],
  TZA: ['tanzania', 'zanzibar', 'united republic of tanzania'],
  COD: ['drc', 'dr congo', 'congo kinshasa'],
  COG: ['congo brazzaville', 'republic of the congo'],
  KOR: ['south korea', 'korea'],
  PRK: ['north korea'],
  MMR: ['burma', 'myanmar'],
  TLS: ['east timor', 'timor leste'],
  BRN: ['brunei darussalam'],
  STP: ['sao tome', 'são tomé'],
  GMB: ['the gambia', 'gambia'],
  USA: ['united states', 'usa', 'america'],
  GBR: ['united kingdom', 'uk', 'britain'],
  RUS: ['russia', 'russian federation'],
  BOL: ['bolivia'],
  COL: ['colombia', 'columbia'],
  ZWE: ['zimbabwe', 'zimbabawe'],
  KHM: ['cambodia', 'kampuchea'],
  TUR: ['turkey', 'turkiye', 'türkiye'],
};

export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Countries whose name or alias contains the query, best matches (prefix) first. */
export function findCountries(query: string, countries: CountryProps[], limit = 8): CountryProps[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: { c: CountryProps; score: number }[] = [];
  for (const c of countries) {
    const names = [c.name_en, c.name_ja, c.iso3, ...(ALIASES[c.iso3] ?? [])].map(normalise);
    let score = -1;
    for (const n of names) {
      if (n === q) score = Math.max(score, 3);
      else if (n.startsWith(q)) score = Math.max(score, 2);
      else if (n.includes(q)) score = Math.max(score, 1);
    }
    if (score >= 0) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.c.name_en.localeCompare(b.c.name_en))
    .slice(0, limit)
    .map((s) => s.c);
}
