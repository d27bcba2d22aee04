/**
 * The Markdown front end: a Markdown document → the same text with everything that is not prose
 * replaced by spaces, so that the plain-text parser reads Markdown without knowing it.
 *
 * Only the characters of mdast `text` nodes are kept (heading, paragraph, list item, table cell,
 * link and emphasis text), and an ordered list item's own number (`1.`, `2)`): for a policy
 * document `1.` is a numbering marker. Everything else becomes a space: `#`, `>`, bullets, `**`,
 * `[`/`](url)`, autolinks, images, inline code, code blocks, HTML, front matter, table pipes and
 * delimiter rows, thematic breaks, escapes' backslashes, character references, footnote labels.
 * Line breaks (CRLF, LF, CR) stay where they are, and every offset is the source's: UTF-16 code
 * units, as unist positions and LSP both count them.
 */
import { TextModel } from '../text/textModel';
import type * as Unified from 'unified';
import type * as RemarkParse from 'remark-parse';
import type * as RemarkGfm from 'remark-gfm';
import type * as RemarkFrontmatter from 'remark-frontmatter';

/** An ATX (`## …`) or setext heading. */
export interface MarkdownHeading {
  /** Zero-based line of the heading (its first text line for a setext heading). */
  line: number;
  /** Markdown depth 1–6 (`#` … `######`; `===` is 1, `---` is 2). */
  depth: number;
  /** Offsets of the whole heading, markers included. */
  start: number;
  end: number;
}

/** An HTML comment `<!-- … -->` outside code (where inline-disable comments are written). */
export interface MarkdownComment {
  /** Zero-based line where the comment starts. */
  line: number;
  /** Zero-based line where it ends (the same line for a one-line comment). */
  endLine: number;
  /** Offsets of `<!--` and just past `-->`. */
  start: number;
  end: number;
  /** What stands between `<!--` and `-->`, trimmed: `gongwen-disable-next-line numbering/gap`. */
  text: string;
}

/** Code: a fenced or indented code block, or inline code with its backticks. */
export interface MarkdownCode {
  start: number;
  end: number;
  inline: boolean;
}

export interface MarkdownView {
  /** The source text. */
  source: string;
  /** Same length, same line breaks; what is not prose is spaces. */
  masked: string;
  headings: MarkdownHeading[];
  comments: MarkdownComment[];
  code: MarkdownCode[];
  /** The YAML or TOML front matter, fences included. */
  frontMatter?: { start: number; end: number };
  /**
   * Zero-based lines where a Markdown block starts (paragraph, heading, list item, table row,
   * code, HTML, …), in order. Markdown starts a block there even without a blank line before it;
   * the plain-text parser decides that by its own heuristics (`markdownParseOptions` hands these
   * lines on as `blockStart`).
   */
  blockLines: number[];
}

/** The little of mdast this module reads. */
interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  depth?: number;
  ordered?: boolean | null;
}

type Processor = { parse(text: string): unknown };
let processor: Processor | undefined;

/**
 * unified, remark and micromark are ES modules, some 70 of them: they are loaded with the first
 * Markdown document, not by every process that imports the service (the CLI checking a .txt).
 * require() of ES modules needs Node 20.19 or later; the esbuild bundle is CommonJS throughout.
 */
function markdownProcessor(): Processor {
  if (!processor) {
    const { unified } = require('unified') as typeof Unified;
    const remarkParse = (require('remark-parse') as typeof RemarkParse).default;
    const remarkGfm = (require('remark-gfm') as typeof RemarkGfm).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof RemarkFrontmatter).default;
    // singleTilde off: 1~2个月 is a range in Chinese text, not strikethrough.
    processor = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
  }
  return processor;
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'listItem',
  'code',
  'html',
  'definition',
  'footnoteDefinition',
  'table',
  'tableRow',
  'yaml',
  'toml',
]);

const ORDERED_MARKER_RE = /[0-9]{1,9}[.)]/y;
const COMMENT_RE = /<!--([\s\S]*?)-->/g;

export interface MaskOptions {
  /**
   * Long documents are parsed in pieces of about this many characters, cut where Markdown cannot
   * carry a block over (see `chunkStarts`); 0 parses the whole text at once. micromark takes time
   * that grows with the square of the document's length when it holds many lists or blockquotes.
   */
  chunkSize?: number;
  /**
   * Keep the text of a gongwen directive comment alone on its line (`<!-- gongwen-disable … -->`
   * reads `     gongwen-disable …    `), so the plain-text parser and the inline-disable
   * suppressions treat it as they do in a plain-text document. On by default.
   */
  keepDirectives?: boolean;
}

const DEFAULT_CHUNK_SIZE = 4096;

export function maskMarkdown(text: string, options: MaskOptions = {}): MarkdownView {
  // micromark drops a leading BOM and counts offsets without it.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = base ? text.slice(1) : text;
  const collector = new Collector(text, options.keepDirectives ?? true);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (chunkSize <= 0 || body.length <= chunkSize) {
    collector.walk(parseMarkdown(body), base, 0, body.length);
    return collector.view();
  }

  // Each piece is parsed with the document's link and footnote definitions before it (after it
  // for the first piece, where front matter must come first), so that its references resolve,
  // and, unless it is the last, with a paragraph after it that must stand outside every block of
  // the piece: when a fence or an HTML block is still open at the cut, it holds that paragraph,
  // and the piece is made longer.
  const starts = chunkStarts(body);
  const definitions = definitionLines(body);
  let from = 0;
  while (from < body.length) {
    let size = chunkSize;
    let end = nextStart(starts, from + size, body.length);
    for (;;) {
      const piece = body.slice(from, end);
      const last = end >= body.length;
      const defs = definitionsFor(definitions, piece, chunkSize);
      const before = from > 0 && defs ? `${defs}\n\n` : '';
      const after = last ? '' : `\n\n${from > 0 || !defs ? '' : `${defs}\n\n`}${SENTINEL}\n`;
      const root = parseMarkdown(before + piece + after);
      if (!last && !closesAt(root, before.length + piece.length)) {
        // Twice as long each time: a fence left open to the end costs a few parses, not one a cut.
        size *= 2;
        end = nextStart(starts, Math.max(end + 1, from + size), body.length);
        continue;
      }
      collector.walk(root, base + from - before.length, before.length, before.length + piece.length);
      break;
    }
    from = end;
  }
  return collector.view();
}

const SENTINEL = 'gongwen-markdown-chunk-end';

function parseMarkdown(text: string): MdNode {
  return markdownProcessor().parse(text) as MdNode;
}

/** Whether every top-level block of a piece's parse ends within the piece. */
function closesAt(root: MdNode, length: number): boolean {
  for (const child of root.children ?? []) {
    const s = child.position?.start.offset ?? 0;
    const e = child.position?.end.offset ?? 0;
    if (s < length && e > length) return false;
  }
  return true;
}

/**
 * Offsets where the document can be cut: a line that starts in its first column after a blank
 * line. No list item, blockquote, table, paragraph or indented code goes on there; a fence or an
 * HTML block that is still open is found when the piece is parsed. Never within front matter.
 */
function chunkStarts(body: string): number[] {
  const lines = new TextModel(body);
  const count = lines.lineCount;
  const lineText = (l: number) => body.slice(lines.lineStart(l), lines.lineEnd(l));
  let first = 0;
  const fence = count > 1 ? /^(---|\+\+\+)[ \t]*$/.exec(lineText(0)) : null;
  if (fence) {
    first = count;
    for (let l = 1; l < count; l++) {
      if (lineText(l).trimEnd() === fence[1]) {
        first = l + 1;
        break;
      }
    }
  }
  const starts: number[] = [];
  let previousBlank = false;
  for (let l = 0; l < count; l++) {
    const s = lines.lineStart(l);
    const blank = isBlankLine(body, s, lines.lineEnd(l));
    if (!blank && previousBlank && l >= first) {
      const c = body.charCodeAt(s);
      if (c !== 0x20 && c !== 0x09) starts.push(s);
    }
    previousBlank = blank;
  }
  return starts;
}

function isBlankLine(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== LF) return false;
  }
  return true;
}

/** The first cut at or after `min`, or the end of the text. */
function nextStart(starts: readonly number[], min: number, length: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length ? starts[lo] : length;
}

const DEFINITION_LINE_RE = /^ {0,3}\[((?:\\.|[^\\\]\r\n])+)\]:.*$/gm;

interface Definition {
  /** The label as references write it, lower case: `[fj]`, `[^1]`. */
  ref: string;
  line: string;
}

/** Link reference and footnote definitions (`[1]: https://…`, `[^1]: 注释`), one line each. */
function definitionLines(body: string): Definition[] {
  const out: Definition[] = [];
  DEFINITION_LINE_RE.lastIndex = 0;
  for (let m = DEFINITION_LINE_RE.exec(body); m; m = DEFINITION_LINE_RE.exec(body)) {
    out.push({ ref: `[${m[1].toLowerCase()}]`, line: m[0].trim() });
  }
  return out;
}

/**
 * The definitions a piece is parsed with: all of them while they are short, else those whose label
 * the piece writes. Blank lines between: a link definition cannot interrupt a footnote's paragraph.
 */
function definitionsFor(definitions: readonly Definition[], piece: string, chunkSize: number): string {
  if (definitions.length === 0) return '';
  let total = 0;
  for (const d of definitions) total += d.line.length;
  let chosen: readonly Definition[] = definitions;
  if (total > chunkSize) {
    if (!piece.includes('[')) return '';
    const lower = piece.toLowerCase();
    chosen = definitions.filter((d) => lower.includes(d.ref));
  }
  return chosen.map((d) => d.line).join('\n\n');
}

/** Walks parse trees and gathers what the view holds. */
class Collector {
  private readonly keeps: number[] = [];
  private readonly headings: MarkdownHeading[] = [];
  private readonly comments: MarkdownComment[] = [];
  private readonly code: MarkdownCode[] = [];
  private readonly blockLines = new Set<number>();
  private frontMatter: MarkdownView['frontMatter'];
  private readonly lines: TextModel;

  constructor(
    private readonly text: string,
    private readonly keepDirectives: boolean,
  ) {
    this.lines = new TextModel(text);
  }

  /**
   * `<!-- gongwen-disable-next-line … -->` alone on its line reads in the masked text as the
   * plain-text directive `gongwen-disable-next-line …`, which the parser skips and the
   * suppressions read, as in a plain-text document.
   */
  private keepDirective(c: MarkdownComment): void {
    if (c.line !== c.endLine || !c.text.startsWith('gongwen-')) return;
    const text = this.text;
    const lineStart = this.lines.lineStart(c.line);
    const lineEnd = this.lines.lineEnd(c.line);
    if (!isBlankLine(text, lineStart, c.start) || !isBlankLine(text, c.end, lineEnd)) return;
    pushKeep(this.keeps, c.start + 4, c.end - 3);
  }

  /** The nodes of a tree parsed from the text at `offset`, those between `from` and `limit` in it. */
  walk(root: MdNode, offset: number, from: number, limit: number): void {
    const text = this.text;
    const keeps = this.keeps;
    const orderedItems = new Set<MdNode>();
    const stack: MdNode[] = [];
    const top = root.children ?? [];
    for (let i = top.length - 1; i >= 0; i--) {
      const at = top[i].position?.start.offset ?? 0;
      if (at >= from && at < limit) stack.push(top[i]);
    }
    while (stack.length > 0) {
      const node = stack.pop()!;
      const pos = node.position;
      if (!pos) continue;
      const start = (pos.start.offset ?? 0) + offset;
      const end = (pos.end.offset ?? 0) + offset;
      if (BLOCK_TYPES.has(node.type)) this.blockLines.add(this.lineOf(start));
      switch (node.type) {
        case 'text':
          keepText(text, start, end, node.value ?? '', keeps);
          continue;
        case 'heading':
          this.headings.push({ line: this.lineOf(start), depth: node.depth ?? 1, start, end });
          break;
        case 'list':
          // Only an ordered list's items keep their number (1. 2) …); bullets are masked.
          if (node.ordered && node.children) for (const item of node.children) orderedItems.add(item);
          break;
        case 'listItem':
          if (orderedItems.has(node)) {
            ORDERED_MARKER_RE.lastIndex = start;
            if (ORDERED_MARKER_RE.test(text)) pushKeep(keeps, start, ORDERED_MARKER_RE.lastIndex);
          }
          break;
        case 'link':
          // An autolink <https://…> is all URL. A GFM literal (www.…, https://…) is kept: it runs
          // on to the next space, over the Chinese text after it.
          if (text.charCodeAt(start) === 0x3c) continue;
          break;
        case 'code':
        case 'inlineCode':
          this.code.push({ start, end, inline: node.type === 'inlineCode' });
          continue;
        case 'html': {
          const first = this.comments.length;
          findComments(text, start, end, this.lines, this.comments);
          if (this.keepDirectives) for (let i = first; i < this.comments.length; i++) this.keepDirective(this.comments[i]);
          continue;
        }
        case 'yaml':
        case 'toml':
          this.frontMatter = { start, end };
          continue;
      }
      const children = node.children;
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }

  view(): MarkdownView {
    return {
      source: this.text,
      masked: buildMasked(this.text, this.keeps),
      headings: this.headings,
      comments: this.comments,
      code: this.code,
      frontMatter: this.frontMatter,
      blockLines: [...this.blockLines].sort((a, b) => a - b),
    };
  }

  private lineOf(offset: number): number {
    return this.lines.lineIndexAt(offset);
  }
}

/**
 * Whether [start, end) reads the same in the masked text as in the source: no Markdown syntax
 * inside, so an edit of that range (a quick fix) leaves the Markdown intact.
 */
export function isProse(view: MarkdownView, start: number, end: number): boolean {
  const { masked, source } = view;
  for (let i = start; i < end; i++) if (masked.charCodeAt(i) !== source.charCodeAt(i)) return false;
  return true;
}

/**
 * The prose of [start, end) without the spaces that stand for syntax: `协同推进制造业` for the
 * masked `协同推进  制造业` of `**协同推进**制造业`. For titles and messages that quote the text.
 */
export function proseText(view: MarkdownView, start: number, end: number): string {
  const { masked, source } = view;
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    if (masked.charCodeAt(i) === source.charCodeAt(i)) continue;
    out += masked.slice(run, i);
    run = i + 1;
  }
  return out + masked.slice(run, end);
}

function pushKeep(keeps: number[], start: number, end: number): void {
  if (end <= start) return;
  const n = keeps.length;
  if (n > 0 && keeps[n - 1] === start) keeps[n - 1] = end;
  else keeps.push(start, end);
}

const CR = 0x0d;
const LF = 0x0a;
const AMP = 0x26;
const ENTITY_RE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/**
 * Keeps the source characters of a text node that are its value: a text node's source also holds
 * what its value leaves out (a continuation line's `> ` or indentation, an escape's backslash,
 * spaces before a line break), and a character reference is written otherwise than it reads.
 * Source and value are walked together; a source character that is not the next value character
 * is not kept.
 */
function keepText(src: string, start: number, end: number, value: string, keeps: number[]): void {
  if (end - start === value.length && src.startsWith(value, start)) {
    pushKeep(keeps, start, end);
    return;
  }
  let j = 0;
  let run = -1;
  const close = (i: number) => {
    if (run >= 0) pushKeep(keeps, run, i);
    run = -1;
  };
  for (let i = start; i < end; ) {
    const c = src.charCodeAt(i);
    if (j < value.length && c === value.charCodeAt(j)) {
      if (run < 0) run = i;
      i++;
      j++;
      continue;
    }
    close(i);
    if (c === LF || c === CR) {
      // The value's line is not all matched (it never should be): go on from its next line.
      const nl = value.indexOf('\n', j);
      j = nl < 0 ? value.length : nl + 1;
      if (c === CR && src.charCodeAt(i + 1) === LF) i++;
      i++;
      continue;
    }
    if (c === AMP) {
      ENTITY_RE.lastIndex = i;
      const m = ENTITY_RE.exec(src);
      if (m) {
        i = ENTITY_RE.lastIndex;
        if (m[3] === undefined) {
          const code = parseInt(m[1] ?? m[2], m[1] ? 16 : 10);
          j += code > 0xffff ? 2 : 1;
        } else {
          // A named reference reads as one or two characters: skip to where source and value meet.
          const next = i < end ? src.charCodeAt(i) : -1;
          const limit = Math.min(value.length, j + 4);
          let k = j + 1;
          while (k < limit && value.charCodeAt(k) !== next) k++;
          j = k;
        }
        continue;
      }
    }
    i++;
  }
  close(end);
}

/** The source with every character outside `keeps` a space, line breaks kept. */
function buildMasked(src: string, keeps: number[]): string {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < keeps.length; i += 2) ranges.push([keeps[i], keeps[i + 1]]);
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push(blank(src, at, from));
    parts.push(src.slice(from, e));
    at = e;
  }
  if (at < src.length) parts.push(blank(src, at, src.length));
  return parts.join('');
}

const NOT_LINE_BREAK_RE = /[^\r\n]+/g;

function blank(src: string, start: number, end: number): string {
  return src.slice(start, end).replace(NOT_LINE_BREAK_RE, (s) => ' '.repeat(s.length));
}

function findComments(src: string, start: number, end: number, lines: TextModel, out: MarkdownComment[]): void {
  const slice = src.slice(start, end);
  COMMENT_RE.lastIndex = 0;
  for (let m = COMMENT_RE.exec(slice); m; m = COMMENT_RE.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    out.push({ line: lines.lineIndexAt(s), endLine: lines.lineIndexAt(e - 1), start: s, end: e, text: m[1].trim() });
  }
}

