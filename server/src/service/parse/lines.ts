import { isDirectiveLine } from '../features/suppressions';
import type { SourceLine } from '../model/document';
import type { TextModel } from '../text/textModel';

/** Characters that indent a line and are not content: spaces, tabs, full-width spaces, NBSP, a BOM. */
export function isIndentChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/**
 * A per-line view of the source that later stages read instead of raw text.
 * `exclude` marks lines nothing is read from (a Markdown front end passes code blocks here);
 * `contentFrom` can move a line's content start past a prefix such as a Markdown `## `.
 */
export interface LineSourceOptions {
  exclude?: (line: number) => boolean;
  contentFrom?: (line: number) => number | undefined;
  /** Lines where a block starts even without a blank line before it (a Markdown heading or list item). */
  blockStart?: (line: number) => boolean;
}

export function sourceLines(text: TextModel, options: LineSourceOptions = {}): SourceLine[] {
  const out: SourceLine[] = [];
  const src = text.text;
  for (let index = 0; index < text.lineCount; index++) {
    const lineStart = text.lineStart(index);
    const lineEnd = text.lineEnd(index);
    let s = options.contentFrom?.(index) ?? lineStart;
    // A gongwen-disable comment line is no part of the text.
    const skip =
      (options.exclude?.(index) ?? false) || (src.startsWith('gongwen-', skipIndent(src, s, lineEnd)) && isDirectiveLine(src.slice(lineStart, lineEnd)));
    let e = lineEnd;
    while (s < e && isIndentChar(src.charCodeAt(s))) s++;
    while (e > s && isIndentChar(src.charCodeAt(e - 1))) e--;
    const blank = skip || s === e;
    out.push({
      index,
      start: lineStart,
      contentStart: s,
      contentEnd: e,
      content: blank ? '' : src.slice(s, e),
      blank,
      skip,
    });
  }
  return out;
}

function skipIndent(src: string, s: number, end: number): number {
  while (s < end && isIndentChar(src.charCodeAt(s))) s++;
  return s;
}

const CLOSERS = '”’」』）)】》〕]';
/** Sentence and clause ends, with the variants Taiwan and Hong Kong texts use (︰ ﹔ ｡). */
const TERMINALS = '。！？；：!?;:…︰﹕﹔｡';

/**
 * True when a line's content ends a sentence (。 ！ ？ ； ： …, possibly inside closing quotes),
 * also when a parenthetical note follows the sentence (……共享。（财政部指导）) or the whole
 * line is one ((1994年1月28日……第四次修订)).
 */
export function endsSentence(content: string): boolean {
  let i = content.length - 1;
  for (let guard = 0; guard < 4 && i >= 0; guard++) {
    const ch = content.charAt(i);
    if (ch === '）' || ch === ')') {
      const open = matchingOpen(content, i);
      if (open < 0) return false;
      if (open === 0) return true;
      i = open - 1;
      continue;
    }
    while (i >= 0 && CLOSERS.includes(content.charAt(i))) i--;
    return i >= 0 && TERMINALS.includes(content.charAt(i));
  }
  return false;
}

function matchingOpen(content: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = content.charAt(i);
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Whether a line shows at most `max` characters (an astral character counts once). Called on
 * every line, so it answers from the length alone when it can.
 */
export function isShort(content: string, max: number): boolean {
  if (content.length <= max) return true;
  if (content.length > 2 * max) return false;
  let n = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n <= max;
}
