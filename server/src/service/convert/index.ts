/**
 * Simplified ↔ Traditional Chinese conversion with OpenCC's dictionaries (as packaged by opencc-js),
 * output identical to opencc-js's Converter({from, to}) apart from the line-break rule, and several
 * times faster: prebuilt longest-match tables made at build time (scripts/build-convert-tables.mjs)
 * and loaded lazily, synchronously, from the bundled data file.
 *
 * Locales: `cn` Simplified (mainland); `t` OpenCC's standard Traditional; `hk` Hong Kong; `tw`
 * Taiwan; `twp` Taiwan with Taiwan phrases (s2twp / tw2sp).
 *
 * Pairs: every from→to pair of different locales works, with exactly opencc-js's chain for it:
 * cn→X is OpenCC's s2t/s2hk/s2tw/s2twp, X→cn t2s/hk2s/tw2s/tw2sp, t↔hk/tw t2hk/t2tw/hk2t/tw2t, and
 * the other Traditional pairs opencc-js's default chain (from-dictionaries then to-dictionaries, e.g.
 * hk→tw = HKVariantsRev… then TWVariants…, without normalisation). from === to is the identity
 * (opencc-js would run a round trip there, e.g. cn→cn = s2t then t2s, which is not what a caller
 * asking for "no conversion" means).
 *
 * Line-break rule: a single line break (\n, \r\n or \r) with the spaces, tabs and U+3000 right after
 * it, standing between two CJK ideographs, is transparent to phrase matching (制\n造 → 製\n造, as
 * 制造 → 製造) and stays exactly where it was; a blank line is not transparent; line endings and a BOM
 * are never changed.
 */
import { convertData, resetConvertData } from './data';
import { Engine, loadPair, type MatchCallback } from './engine';

export type ConvertLocale = 'cn' | 't' | 'hk' | 'tw' | 'twp';
export const CONVERT_LOCALES: readonly ConvertLocale[] = ['cn', 't', 'hk', 'tw', 'twp'];

export type { MatchCallback } from './engine';
export { isSimplifiedOnly, isTraditionalOnly, ambiguousCandidates, type CandidateDirection } from './chars';
export { setConvertData, DATA_FILE_NAME } from './data';

export interface Converter {
  readonly from: ConvertLocale;
  readonly to: ConvertLocale;
  /** The opencc-js chain reproduced ("config s2hk", "default chain from.hk + to.tw") or "identity". */
  readonly chain: string;
  /**
   * Converts text. onMatch is called, in order, for each stretch that conversion changed: a
   * dictionary match whose replacement differs from the source (or, where a chain's matches
   * overlap, their union), as UTF-16 offsets [srcStart, srcEnd) into text and [dstStart, dstEnd)
   * into the result. A line break taken across by a match lies inside both ranges.
   */
  convert(text: string, onMatch?: MatchCallback): string;
}

const cache = new Map<string, Converter>();

function isLocale(x: unknown): x is ConvertLocale {
  return typeof x === 'string' && (CONVERT_LOCALES as readonly string[]).includes(x);
}

/** The converter for a pair, built on first use (loads the data file once) and cached. */
export function getConverter(from: ConvertLocale, to: ConvertLocale): Converter {
  if (!isLocale(from) || !isLocale(to)) throw new Error(`convert: unknown locale pair ${String(from)}→${String(to)}`);
  const key = `${from}>${to}`;
  let c = cache.get(key);
  if (c) return c;
  if (from === to) {
    c = { from, to, chain: 'identity', convert: (text: string) => text };
  } else {
    const data = convertData();
    const tables = loadPair(data, key);
    if (!tables) throw new Error(`convert: no tables for ${from}→${to}`);
    const engine = new Engine(data, tables);
    c = { from, to, chain: tables.header.source, convert: (text: string, onMatch?: MatchCallback) => engine.convert(text, onMatch) };
  }
  cache.set(key, c);
  return c;
}

/** Forgets the converters and the loaded data (for measurements and tests). */
export function resetConverters(): void {
  cache.clear();
  resetConvertData();
}
