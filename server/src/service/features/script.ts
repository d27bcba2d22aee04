/**
 * Which script a document is written in, and the characters of the other script that stray into
 * it: 建设 in a Hong Kong text (设 is Simplified only; 着, 台, 面 are valid in both).
 */
import { getConverter, isSimplifiedOnly, isTraditionalOnly, type ConvertLocale } from '../convert';

export type Script = 'simplified' | 'traditional';

export interface ScriptSummary {
  /** The script most of the distinctive characters belong to ('simplified' when there are none). */
  script: Script;
  /** Both scripts in earnest: the minority is a tenth or more of the distinctive characters. */
  mixed: boolean;
  simplified: number;
  traditional: number;
}

const SIMPLIFIED = 1;
const TRADITIONAL = 2;
let table: Uint8Array | undefined;

/** One byte per BMP code point: Simplified only, Traditional only, or neither (built once). */
function scriptTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  forEachIdeograph((c, ch) => {
    if (isSimplifiedOnly(ch)) t[c] = SIMPLIFIED;
    else if (isTraditionalOnly(ch)) t[c] = TRADITIONAL;
  });
  return (table = t);
}

function forEachIdeograph(f: (code: number, ch: string) => void): void {
  for (let c = 0x3400; c <= 0x9fff; c++) f(c, String.fromCharCode(c));
  for (let c = 0xf900; c <= 0xfaff; c++) f(c, String.fromCharCode(c));
}

const strayTables = new Map<Script, Uint8Array>();
const TRADITIONAL_LOCALES: readonly ConvertLocale[] = ['t', 'hk', 'tw'];

/**
 * Characters that are stray in a document of a script: a Simplified-only character that every
 * Traditional standard writes otherwise (设; not 群, which OpenCC's standard writes 羣 but Taiwan
 * writes 群), and the reverse.
 */
function strayTable(script: Script): Uint8Array {
  let t = strayTables.get(script);
  if (t) return t;
  const s = scriptTable();
  const converters = TRADITIONAL_LOCALES.map((l) => (script === 'traditional' ? getConverter('cn', l) : getConverter(l, 'cn')));
  const wanted = script === 'traditional' ? SIMPLIFIED : TRADITIONAL;
  t = new Uint8Array(0x10000);
  const table = t;
  forEachIdeograph((c, ch) => {
    if (s[c] === wanted && converters.every((cv) => cv.convert(ch) !== ch)) table[c] = 1;
  });
  strayTables.set(script, t);
  return t;
}

/** Counts the characters that belong to one script only. */
export function summarizeScript(text: string): ScriptSummary {
  const t = scriptTable();
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const k = t[text.charCodeAt(i)];
    if (k === SIMPLIFIED) simplified++;
    else if (k === TRADITIONAL) traditional++;
  }
  const total = simplified + traditional;
  const script: Script = traditional > simplified ? 'traditional' : 'simplified';
  const minority = Math.min(simplified, traditional);
  return { script, mixed: total > 0 && minority / total >= 0.1, simplified, traditional };
}

export interface StrayWord {
  /** The word that holds stray characters: 建设, 大湾区. */
  start: number;
  end: number;
  text: string;
  /** The word written in the document's own script: 建設, 大灣區. */
  replacement: string;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const MAX_EXTEND = 2;


/**
 * Words written in the other script. A word is the run of stray characters, widened by up to two
 * characters on each side towards the form the document itself writes correctly most often
 * (大湾区 → 大灣區, 建设 → 建設); the document's own vocabulary tells where a word begins and ends
 * better than a character can. Without such evidence the word is the stray characters alone.
 */
export function strayWords(text: string, script: Script, locale: ConvertLocale): StrayWord[] {
  const t = strayTable(script);
  const stray = (ch: string) => ch.length > 0 && t[ch.charCodeAt(0)] === 1;
  const converter = script === 'traditional' ? getConverter('cn', locale === 'cn' ? 't' : locale) : getConverter(locale === 'cn' ? 't' : locale, 'cn');
  const out: StrayWord[] = [];
  for (let i = 0; i < text.length; i++) {
    if (t[text.charCodeAt(i)] !== 1) continue;
    let end = i + 1;
    // Stray characters close together (湾区, 湾 区 with a common character between) are one word.
    while (end < text.length && (stray(text.charAt(end)) || (stray(text.charAt(end + 1)) && CJK.test(text.charAt(end))))) end++;
    // Words of two characters or more that the document also writes correctly; the one written so
    // most often (建設 rather than 台建設), widened while the wider word keeps more than half of those
    // occurrences (大灣區 stands in 8 of the 9 places 灣區 does, so the word is 大湾区).
    const candidates: Array<{ start: number; end: number; count: number }> = [];
    for (let l = 0; l <= MAX_EXTEND; l++) {
      for (let r = 0; r <= MAX_EXTEND; r++) {
        const s = i - l;
        const e = end + r;
        if (s < 0 || e > text.length || e - s < 2) continue;
        const window = text.slice(s, e);
        if ([...window].some((ch) => !CJK.test(ch))) continue;
        const count = occurrences(text, converter.convert(window));
        if (count > 0) candidates.push({ start: s, end: e, count });
      }
    }
    let best = { start: i, end, count: 0 };
    for (const c of candidates) if (c.count > best.count || (c.count === best.count && c.end - c.start < best.end - best.start)) best = c;
    for (const c of candidates.sort((x, y) => y.end - y.start - (x.end - x.start))) {
      if (c.end - c.start > best.end - best.start && c.start <= best.start && c.end >= best.end && c.count * 2 > best.count) {
        best = c;
        break;
      }
    }
    const word = text.slice(best.start, best.end);
    out.push({ start: best.start, end: best.end, text: word, replacement: converter.convert(word) });
    i = best.end - 1;
  }
  return out;
}
