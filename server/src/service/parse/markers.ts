/**
 * Recognising a numbering marker (序次语) at the start of a line.
 *
 * A marker is recognised in its correct form and in the common wrong forms drafters type
 * (`1、`, `一.`, `(一)`, `（1）.`, a full-width `１．` …), so that a wrongly written marker still
 * takes its place in the structure and the numbering, and `numbering/marker-format` can name the
 * correct form (GB/T 15834—2011 B.3, GB/T 9704—2012 7.3.3).
 *
 * Only the shape is judged here. Whether a line that starts with a marker really starts a new
 * item (and is not a wrapped line that happens to begin with `第十二条规定的…`) is decided by the
 * block parser, which knows the previous line.
 */
import {
  CHINESE_NUMERAL_CHARS,
  CIRCLED_PATTERN,
  formatChineseNumber,
  formatCircled,
  parseArabic,
  parseChineseNumber,
  parseCircled,
} from '../text/chineseNumber';

/** The numbered levels of a document, from the highest to the lowest. */
export type MarkerKind =
  | 'part' // 第一编
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条, 第十条之一, 第 1-1 條
  | 'cn' // 一、
  | 'cnParen' // （一）
  | 'num' // 1.
  | 'numParen' // （1）
  | 'circled'; // ①

export const MARKER_KINDS: readonly MarkerKind[] = [
  'part',
  'chapter',
  'section',
  'article',
  'cn',
  'cnParen',
  'num',
  'numParen',
  'circled',
];

/** Standard rank of a kind: lower is higher in the hierarchy. */
export const KIND_RANK: Readonly<Record<MarkerKind, number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  cn: 4,
  cnParen: 5,
  num: 6,
  numParen: 7,
  circled: 8,
};

/** Regulation-style kinds (编/章/节/条); the others are the plan-style levels of GB/T 9704. */
export function isRegulationKind(kind: MarkerKind): boolean {
  return KIND_RANK[kind] <= KIND_RANK.article;
}

export interface Marker {
  kind: MarkerKind;
  /** The integer value: 十六 → 16. */
  number: number;
  /** The inserted-article number: 第十条之一 → 1, 第 1-1 條 → 1. */
  sub?: number;
  /** Offsets of the marker as written, including its punctuation (`(十六)`, `1、`). */
  start: number;
  end: number;
  /** The marker as written. */
  text: string;
  /** The marker in its correct form. */
  canonical: string;
  /** False when the written form breaks GB/T 15834 B.3 / GB/T 9704. */
  wellFormed: boolean;
  /** Where a format fix ends: past spaces that only a wrong form needs (`(十六) 打造`). */
  fixEnd: number;
  /** Offset where the heading's own text starts (after spaces). */
  contentStart: number;
  /** Traditional-script article/chapter word (條, 節, 編) as written, for canonical forms. */
  script: 'simplified' | 'traditional';
}

const N = `[${CHINESE_NUMERAL_CHARS}]`;
const SP = '[ \\u3000\\t]';
const DIGIT = '[0-9\\uff10-\\uff19]';

/** 第一编 / 第一章 / 第一节 (also 第 一 章 as Taiwan texts write it). */
const HEADING_RE = new RegExp(`^第${SP}?(${N}+|${DIGIT}+)${SP}?([编編章节節])(?=${SP}|$)`);
/** The same without a space after it: accepted only for a short line with no sentence punctuation. */
const HEADING_TIGHT_RE = new RegExp(`^第(${N}+)([编編章节節])(?=[^\\s])`);
/** 第一条, 第十条之一, 第 1 條, 第 1-1 條. */
const ARTICLE_RE = new RegExp(
  `^第${SP}?(${N}+|${DIGIT}+)(?:-(${DIGIT}+))?${SP}?([条條])(?:之(${N}+))?(?=(${SP}|$|[、，,：:.．]))`,
);
/** 一、 and its wrong forms 一. 一． 一， */
const CN_RE = new RegExp(`^(${N}+)([、.．，,])`);
/** （一） and its wrong forms (一) （一)、 … */
const CN_PAREN_RE = new RegExp(`^([（(])(${N}+)([）)])([、.．，,])?`);
/** 1. and its wrong forms 1、 1． １． 1， and the half-bracket 1) 1） (a （1） written wrong). */
const NUM_RE = new RegExp(`^(${DIGIT}{1,3})([.．、，,)）])(?!${DIGIT})`);
/** （1） and its wrong forms (1) （1）. */
const NUM_PAREN_RE = new RegExp(`^([（(])(${DIGIT}{1,3})([）)])([、.．，,])?`);
/** ① and its wrong forms ①、 ①. */
const CIRCLED_RE = new RegExp(`^(${CIRCLED_PATTERN})([、.．，,])?`);

const MARKER_START = new Set([...CHINESE_NUMERAL_CHARS, ...'0123456789０１２３４５６７８９']);
for (let cp = 0x2460; cp <= 0x2473; cp++) MARKER_START.add(String.fromCodePoint(cp));
for (let cp = 0x3251; cp <= 0x325f; cp++) MARKER_START.add(String.fromCodePoint(cp));
for (let cp = 0x32b1; cp <= 0x32bf; cp++) MARKER_START.add(String.fromCodePoint(cp));
const NUMERAL_LIST_RE = new RegExp(`^${N}+[、，]`);
const TRAILING_SPACE_RE = /^[ \u3000\t]*/;

function isTraditionalWord(ch: string): boolean {
  return ch === '條' || ch === '節' || ch === '編';
}

/**
 * Recognises a marker at `from` in `line` (the offset of the line's first non-indentation
 * character). `lineStart` is the line's offset in the document.
 */
export function matchMarker(line: string, from: number, lineStart: number): Marker | undefined {
  const s = from === 0 ? line : line.slice(from);
  const base = lineStart + from;
  const ch = s.charCodeAt(0);
  if (Number.isNaN(ch)) return undefined;

  const make = (
    kind: MarkerKind,
    number: number,
    length: number,
    canonical: string,
    wellFormed: boolean,
    extra?: { sub?: number; script?: 'simplified' | 'traditional'; eatSpaces?: boolean },
  ): Marker => {
    const spaces = TRAILING_SPACE_RE.exec(s.slice(length))![0].length;
    return {
      kind,
      number,
      sub: extra?.sub,
      start: base,
      end: base + length,
      text: s.slice(0, length),
      canonical,
      wellFormed,
      fixEnd: base + length + (!wellFormed && extra?.eatSpaces ? spaces : 0),
      contentStart: base + length + spaces,
      script: extra?.script ?? 'simplified',
    };
  };

  if (s.startsWith('第')) {
    let m = HEADING_RE.exec(s);
    let tight = false;
    if (!m) {
      m = HEADING_TIGHT_RE.exec(s);
      tight = m !== null;
      // 第二节课… is a sentence, not a heading: a tight heading is a short line without punctuation.
      if (m && (s.length > 30 || /[。，；：！？,;:]/.test(s))) m = null;
    }
    if (m) {
      const number = numberOf(m[1]);
      if (number === undefined || number === 0) return undefined;
      const word = m[2];
      const kind: MarkerKind = word === '编' || word === '編' ? 'part' : word === '章' ? 'chapter' : word === '节' || word === '節' ? 'section' : 'chapter';
      const script = isTraditionalWord(word) ? 'traditional' : 'simplified';
      const canonical = `第${formatLike(m[1], number)}${word}`;
      const marker = make(kind, number, m[0].length, canonical, true, { script });
      if (tight) marker.contentStart = marker.end;
      return marker;
    }
    const a = ARTICLE_RE.exec(s);
    if (a) {
      const number = numberOf(a[1]);
      if (number === undefined || number === 0) return undefined;
      const sub = a[2] !== undefined ? parseArabic(a[2]) : a[4] !== undefined ? parseChineseNumber(a[4]) : undefined;
      if ((a[2] !== undefined || a[4] !== undefined) && !sub) return undefined;
      const word = a[3];
      const trailing = a[5];
      const bad = trailing !== undefined && /[、，,：:.．]/.test(trailing);
      const length = a[0].length + (bad ? 1 : 0);
      // The core (第十条之一, 第 1-1 條) is kept as written; only punctuation after it is wrong.
      const canonical = s.slice(0, a[0].length);
      return make('article', number, length, canonical, !bad, {
        sub,
        script: isTraditionalWord(word) ? 'traditional' : 'simplified',
        eatSpaces: bad,
      });
    }
    return undefined;
  }

  if (s.charAt(0) === '（' || s.charAt(0) === '(') {
    const cp = CN_PAREN_RE.exec(s);
    if (cp) {
      const number = parseChineseNumber(cp[2]);
      if (number === undefined || number === 0) return undefined;
      const ok = cp[1] === '（' && cp[3] === '）' && cp[4] === undefined;
      return make('cnParen', number, cp[0].length, `（${formatChineseNumber(number)}）`, ok, { eatSpaces: true });
    }
    const np = NUM_PAREN_RE.exec(s);
    if (np) {
      const number = parseArabic(np[2]);
      if (number === undefined || number === 0) return undefined;
      const ok = np[1] === '（' && np[3] === '）' && np[4] === undefined && /^[0-9]+$/.test(np[2]);
      return make('numParen', number, np[0].length, `（${number}）`, ok, { eatSpaces: true });
    }
    return undefined;
  }

  // Only a numeral, a digit or a circled number can start the remaining forms.
  if (!MARKER_START.has(s.charAt(0))) return undefined;

  const cm = CN_RE.exec(s);
  if (cm) {
    const number = parseChineseNumber(cm[1]);
    if (number === undefined || number === 0) return undefined;
    // 一、二、三级 … is a list of numerals, not a marker.
    if (cm[2] === '、' && NUMERAL_LIST_RE.test(s.slice(cm[0].length))) return undefined;
    return make('cn', number, cm[0].length, `${formatChineseNumber(number)}、`, cm[2] === '、');
  }

  const nm = NUM_RE.exec(s);
  if (nm) {
    const number = parseArabic(nm[1]);
    if (number === undefined || number === 0) return undefined;
    const punct = nm[2];
    if (punct === ')' || punct === '）') {
      return make('numParen', number, nm[0].length, `（${number}）`, false, { eatSpaces: true });
    }
    const ok = punct === '.' && /^[0-9]+$/.test(nm[1]);
    return make('num', number, nm[0].length, `${number}.`, ok);
  }

  const ci = CIRCLED_RE.exec(s);
  if (ci) {
    const number = parseCircled(ci[1])!;
    return make('circled', number, ci[0].length, formatCircled(number), ci[2] === undefined, { eatSpaces: true });
  }
  return undefined;
}

function numberOf(text: string): number | undefined {
  return /^[0-9\uff10-\uff19]+$/.test(text) ? parseArabic(text) : parseChineseNumber(text);
}

/** Formats `n` the way `written` was written (Chinese or Arabic digits). */
function formatLike(written: string, n: number): string {
  return /^[0-9\uff10-\uff19]+$/.test(written) ? String(n) : formatChineseNumber(n);
}

/** How a marker of `kind` numbered `n` is written correctly (for messages and fixes). */
export function formatMarker(kind: MarkerKind, n: number, sub?: number, like?: Marker): string {
  const script = like?.script ?? 'simplified';
  const arabic = like !== undefined && /\d/.test(like.text) && isRegulationKind(kind);
  const num = arabic ? String(n) : formatChineseNumber(n);
  switch (kind) {
    case 'part':
      return `第${num}${script === 'traditional' ? '編' : '编'}`;
    case 'chapter':
      return `第${num}章`;
    case 'section':
      return `第${num}${script === 'traditional' ? '節' : '节'}`;
    case 'article': {
      const word = script === 'traditional' ? '條' : '条';
      if (arabic) return sub ? `第 ${n}-${sub} ${word}` : `第 ${n} ${word}`;
      return `第${num}${word}${sub ? `之${formatChineseNumber(sub)}` : ''}`;
    }
    case 'cn':
      return `${num}、`;
    case 'cnParen':
      return `（${num}）`;
    case 'num':
      return `${n}.`;
    case 'numParen':
      return `（${n}）`;
    case 'circled':
      return formatCircled(n);
  }
}

/** A short human name of a level, for messages: “（一）级”. */
export function levelName(kind: MarkerKind): string {
  switch (kind) {
    case 'part':
      return '编';
    case 'chapter':
      return '章';
    case 'section':
      return '节';
    case 'article':
      return '条';
    case 'cn':
      return '“一、”级';
    case 'cnParen':
      return '“（一）”级';
    case 'num':
      return '“1.”级';
    case 'numParen':
      return '“（1）”级';
    case 'circled':
      return '“①”级';
  }
}
