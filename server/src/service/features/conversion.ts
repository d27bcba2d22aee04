/**
 * Converting a document (or a part of it) between Simplified and Traditional script.
 *
 * What conversion leaves alone: numbering markers and their brackets, 发文字号 (their 〔〕),
 * the user's protected words, text between `gongwen-convert-off` and `gongwen-convert-on` lines
 * (and the line after `gongwen-convert-ignore-next-line`; `<!-- … -->` in Markdown), URLs, Latin
 * text and numbers, and Markdown code. Line breaks, a BOM and line endings stay as they were.
 *
 * Punctuation is a separate option: “”‘’ ↔ 「」『』 for Hong Kong and Taiwan, and half-width
 * , : ; ( ) between Chinese characters → full-width.
 *
 * Characters whose conversion depends on meaning (发 → 發/髮) are returned as reviews, positioned
 * in the converted text, for the drafter to check.
 */
import { ambiguousCandidates, getConverter, type ConvertLocale } from '../convert';
import type { DocumentModel } from '../model/document';
import { summarizeScript } from './script';

export interface ConversionOptions {
  /** `auto`: Simplified text is `cn`; Traditional text is taken as OpenCC's standard `t`. */
  from: ConvertLocale | 'auto';
  to: ConvertLocale;
  punctuation: boolean;
  protectedWords: readonly string[];
  /** Spans the caller protects too (Markdown code). */
  extraProtected?: ReadonlyArray<{ start: number; end: number }>;
}

export interface ConversionReview {
  /** In the converted text. */
  start: number;
  end: number;
  /** The source character and what it became. */
  source: string;
  converted: string;
  /** The other possible conversions. */
  alternatives: string[];
}

export interface ConversionResult {
  /** The converted text of [start, end). */
  text: string;
  from: ConvertLocale;
  to: ConvertLocale;
  reviews: ConversionReview[];
  /** How many characters changed. */
  changed: number;
}

interface Span {
  start: number;
  end: number;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s，。；！？、“”（）《》]+/g;
const LATIN_RE = /[A-Za-z0-9][A-Za-z0-9 .,:;'"!?%&@#/\\_+\-=()[\]]*[A-Za-z0-9.%)]|[A-Za-z0-9]/g;
const DIRECTIVE_RE = /^[ \t\u3000]*(?:<!--[ \t]*)?gongwen-convert-(off|on|ignore-next-line)[ \t]*(?:-->)?[ \t]*$/;

/** What conversion must not touch, in document offsets, sorted and merged. */
export function protectedSpans(model: DocumentModel, options: Pick<ConversionOptions, 'protectedWords' | 'extraProtected'>, source = model.text.text): Span[] {
  const src = source;
  const spans: Span[] = [];
  for (const c of model.allClauses) if (c.marker) spans.push({ start: c.marker.start, end: c.marker.fixEnd });
  for (const d of model.preamble.docNumbers) spans.push({ start: d.start, end: d.end });
  for (const word of options.protectedWords) {
    if (!word) continue;
    for (let i = src.indexOf(word); i >= 0; i = src.indexOf(word, i + word.length)) spans.push({ start: i, end: i + word.length });
  }
  for (const re of [URL_RE, LATIN_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // gongwen-convert-off … gongwen-convert-on, gongwen-convert-ignore-next-line
  if (src.includes('gongwen-convert-')) {
    const text = model.text;
    let offFrom = -1;
    for (let i = 0; i < text.lineCount; i++) {
      const m = DIRECTIVE_RE.exec(src.slice(text.lineStart(i), text.lineEnd(i)));
      if (!m) continue;
      if (m[1] === 'off' && offFrom < 0) offFrom = text.lineStart(i);
      else if (m[1] === 'on' && offFrom >= 0) {
        spans.push({ start: offFrom, end: text.lineEnd(i) });
        offFrom = -1;
      } else if (m[1] === 'ignore-next-line' && i + 1 < text.lineCount) spans.push({ start: text.lineStart(i), end: text.lineEnd(i + 1) });
    }
    if (offFrom >= 0) spans.push({ start: offFrom, end: src.length });
  }
  if (options.extraProtected) spans.push(...options.extraProtected);
  return merge(spans);
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The locale a text is in, for `from: auto`. */
export function detectLocale(text: string): ConvertLocale {
  return summarizeScript(text).script === 'traditional' ? 't' : 'cn';
}

const QUOTES_TO_CORNER: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const CORNER_TO_QUOTES: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Punctuation for the target: corner quotes for Hong Kong and Taiwan, curly quotes for the mainland; full-width , : ; ( ) in Chinese text. */
function convertPunctuation(text: string, to: ConvertLocale): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (to !== 'cn' && ch in QUOTES_TO_CORNER) out += QUOTES_TO_CORNER[ch];
    else if (to === 'cn' && ch in CORNER_TO_QUOTES) out += CORNER_TO_QUOTES[ch];
    else if (ch in HALF_TO_FULL && (CJK.test(text.charAt(i - 1)) || (CJK.test(text.charAt(i + 1)) && ch !== ')'))) out += HALF_TO_FULL[ch];
    else out += ch;
  }
  return out;
}

/**
 * Converts [start, end) of a document (the whole document by default). Protected spans are copied
 * as they are; the stretches between them are converted, so a phrase never reaches into a name.
 */
export function convertDocument(model: DocumentModel, options: ConversionOptions, start = 0, end = model.text.text.length, source = model.text.text): ConversionResult {
  const src = source;
  const from = options.from === 'auto' ? detectLocale(src) : options.from;
  const to = options.to;
  const converter = getConverter(from, to);
  const direction = to === 'cn' ? 't2s' : to;
  const spans = protectedSpans(model, options, src).filter((s) => s.end > start && s.start < end);
  const reviews: ConversionReview[] = [];
  let out = '';
  let changed = 0;
  let at = start;
  const convertStretch = (a: number, b: number) => {
    if (a >= b) return;
    const piece = src.slice(a, b);
    const matches: number[] = [];
    let converted = converter.convert(piece, (s0, s1, d0, d1) => void matches.push(s0, s1, d0, d1));
    for (let k = 0; k < matches.length; k += 4) changed += matches[k + 1] - matches[k];
    if (from !== to) collectReviews(piece, converted, matches, direction, out.length, reviews);
    if (options.punctuation) {
      const p = convertPunctuation(converted, to);
      for (let k = 0; k < p.length; k++) if (p.charCodeAt(k) !== converted.charCodeAt(k)) changed++;
      converted = p;
    }
    out += converted;
  };
  for (const s of spans) {
    convertStretch(at, Math.max(at, s.start));
    const keepFrom = Math.max(at, s.start);
    const keepTo = Math.min(end, s.end);
    if (keepTo > keepFrom) out += src.slice(keepFrom, keepTo);
    at = Math.max(at, keepTo);
  }
  convertStretch(at, end);
  return { text: out, from, to, reviews, changed };
}

/**
 * The characters of a converted stretch whose conversion depends on meaning, positioned in the
 * output (`base` is where the stretch starts in it). Inside a dictionary match the position is
 * the same character of the match when the match keeps its length, else the whole match.
 */
function collectReviews(piece: string, converted: string, matches: readonly number[], direction: 's2t' | 't2s' | ConvertLocale, base: number, out: ConversionReview[]): void {
  let m = 0;
  let delta = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c < 0x3400) continue;
    while (m < matches.length && matches[m + 1] <= i) {
      delta = matches[m + 3] - matches[m + 1];
      m += 4;
    }
    const ch = piece.charAt(i);
    const candidates = ambiguousCandidates(ch, direction);
    if (candidates.length < 2) continue;
    let s: number;
    let e: number;
    if (m < matches.length && matches[m] <= i) {
      const [s0, s1, d0, d1] = [matches[m], matches[m + 1], matches[m + 2], matches[m + 3]];
      if (s1 - s0 === d1 - d0) {
        s = d0 + (i - s0);
        e = s + 1;
      } else {
        s = d0;
        e = d1;
      }
    } else {
      s = i + delta;
      e = s + 1;
    }
    const result = converted.slice(s, e);
    out.push({ start: base + s, end: base + e, source: ch, converted: result, alternatives: candidates.filter((x) => x !== result) });
  }
}
