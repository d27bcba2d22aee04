/**
 * The Markdown front end. A Markdown document is parsed as the plain text `maskMarkdown` leaves of
 * it: the same offsets, lines and line breaks, with the Markdown syntax turned into spaces, so the
 * model's ranges are the source's ranges.
 */
import type { LineSourceOptions } from '../parse/lines';
import { TextModel } from '../text/textModel';
import { maskMarkdown, type MarkdownView } from './mask';

export { isProse, maskMarkdown, proseText, type MarkdownCode, type MarkdownComment, type MarkdownHeading, type MarkdownView } from './mask';

/** A document is Markdown when its editor says so, or (a file on disk) by its extension. */
export function isMarkdownDocument(uri: string, languageId?: string): boolean {
  if (languageId) return languageId === 'markdown';
  return /\.(md|markdown)$/i.test(uri.replace(/[?#].*$/, ''));
}

/** Parse options of a Markdown document, with one the parser does not read yet. */
export interface MarkdownParseOptions extends LineSourceOptions {
  /**
   * Lines where Markdown starts a block (a heading, a list item, a fence, …) even without a blank
   * line before it. For a `LineSourceOptions.blockStart` the parser would honour: a marker there
   * starts an item, and a paragraph ends before it.
   */
  blockStart: (line: number) => boolean;
}

/**
 * What `parseDocument` needs beyond the masked text: the lines that hold no prose (code, HTML,
 * front matter, thematic breaks, table delimiter rows, link definitions) are `exclude`d, which marks
 * them `skip` in the model. They are blank in the masked text already, so the parse is the same
 * without these options; they tell later stages why a line is empty.
 */
export function markdownParseOptions(viewOrText: MarkdownView | string): MarkdownParseOptions {
  const view = typeof viewOrText === 'string' ? maskMarkdown(viewOrText) : viewOrText;
  const source = new TextModel(view.source);
  const excluded = new Uint8Array(source.lineCount);
  const masked = view.masked;
  const src = view.source;
  for (let l = 0; l < source.lineCount; l++) {
    const s = source.lineStart(l);
    const e = source.lineEnd(l);
    if (isBlankRange(masked, s, e) && !isBlankRange(src, s, e)) excluded[l] = 1;
  }
  const starts = new Uint8Array(source.lineCount);
  for (const l of view.blockLines) starts[l] = 1;
  return { exclude: (line) => excluded[line] === 1, blockStart: (line) => starts[line] === 1 };
}

function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}
