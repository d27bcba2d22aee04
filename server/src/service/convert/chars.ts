/**
 * Character data derived at build time from the same OpenCC dictionaries as the converters:
 * simplified-only and traditional-only characters, and OpenCC's one-to-many candidate lists.
 */
import { convertData } from './data';
import type { ConvertLocale } from './index';

/**
 * Which candidate list: 's2t' a Simplified character's Traditional candidates in any of OpenCC's
 * standards (STCharacters, then the Hong Kong and Taiwan variants of each: 里 → 裏 里 哩 裡,
 * 着 → 着 著); 't2s' a Traditional character's Simplified candidates (TSCharacters, plus those of the
 * standard form of a regional variant: 著 → 著 着); a locale: the candidates in that locale's
 * standard (`t` STCharacters as is, `hk`/`tw`/`twp` with that region's variants applied, `cn` = 't2s').
 */
export type CandidateDirection = 's2t' | 't2s' | ConvertLocale;

let simplifiedOnly: Set<string> | undefined;
let traditionalOnly: Set<string> | undefined;
const listCache = new Map<string, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);

/**
 * A character that OpenCC's s2t (the `t` locale) changes and that is not itself among its
 * Traditional candidates: 设 yes; 着 (unchanged), 台 (台 is a candidate), 面 (unchanged) no.
 */
export function isSimplifiedOnly(ch: string): boolean {
  if (!simplifiedOnly) simplifiedOnly = new Set(Array.from(convertData().chars().simplifiedOnly));
  return simplifiedOnly.has(ch);
}

/** A character that OpenCC's t2s changes and that is not itself among its Simplified candidates: 設 yes, 乾 no. */
export function isTraditionalOnly(ch: string): boolean {
  if (!traditionalOnly) traditionalOnly = new Set(Array.from(convertData().chars().traditionalOnly));
  return traditionalOnly.has(ch);
}

/**
 * OpenCC's candidate list for a character that has more than one (发 → 發 髮, 干 → 幹 乾 干 榦),
 * in OpenCC's order, the first being what conversion picks when no phrase decides; an empty list
 * for a character with one candidate or none.
 */
export function ambiguousCandidates(ch: string, direction: CandidateDirection = 's2t'): readonly string[] {
  const dir = direction === 'cn' ? 't2s' : direction === 'twp' ? 'tw' : direction;
  const key = `${dir}\u0000${ch}`;
  const cached = listCache.get(key);
  if (cached) return cached;
  const s = convertData().chars().candidates[dir]?.[ch];
  const list = s ? Object.freeze(s.split(' ')) : NONE;
  listCache.set(key, list);
  return list;
}
