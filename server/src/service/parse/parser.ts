/**
 * Text → document model.
 *
 * 1. Lines: content without indentation; attachment notes, 发文字号 and 成文日期 lines are set apart.
 * 2. Items: a line that starts with a marker starts an item only where a new item can start: at the
 *    start of a block, after a line that ends a sentence, after a heading line, or after a short
 *    line. A PDF line wrapped inside a sentence that happens to start with 第十二条规定 stays text.
 * 3. Paragraphs: blocks between blank lines (a block broken by a page break mid-sentence is
 *    joined again), split at items; a block of unwrapped lines (one paragraph per line, as text
 *    stripped from a web page) is split at every line.
 * 4. The clause tree, by the rank of each level in the document's own hierarchy.
 * 5. Inline lists, steps, dash items and announced counts within paragraphs; sequences.
 */
import type {
  AnnouncedCount,
  Clause,
  ClauseKind,
  DashItem,
  DateLine,
  DocNumber,
  DocumentModel,
  InlineItem,
  Paragraph,
  ParagraphFeature,
  PreambleLine,
  SourceLine,
} from '../model/document';
import { buildSequences, type NumberingOptions } from '../model/sequences';
import { KIND_RANK, isRegulationKind, matchMarker, type Marker, type MarkerKind } from './markers';
import { endsSentence, isShort, sourceLines, type LineSourceOptions } from './lines';
import { findAttachmentNotes, looksLikeTitle, matchDate, matchDocNumber, preambleLine } from './preamble';
import { findInlineItems, findAnnouncedCounts } from './inline';
import { ParagraphTexts } from './paragraphText';
import type { TextModel } from '../text/textModel';

export interface ParseOptions extends LineSourceOptions {
  numbering?: NumberingOptions;
  /** The text of a title as the reader sees it (Markdown: without the syntax that was masked). */
  titleText?: (start: number, end: number) => string;
  /** A Markdown heading's depth (1–6) on a line, for markdown/heading-level. */
  headingDepth?: (line: number) => number | undefined;
}

/** A line shorter than this (in characters) is not a wrapped line of running text. */
const SHORT_LINE = 20;

const enum Role {
  Text = 0,
  Heading = 1,
  Attachment = 2,
  DocNumber = 3,
  Date = 4,
  Unnumbered = 5,
}

interface Heading {
  line: number;
  kind: ClauseKind;
  marker?: Marker;
}

const APPENDIX_RE = /^附[ \u3000]*件[ \u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?$/;
const SUPPLEMENTARY_RE = /^附[ \u3000]*[则則]$/;
const DELETED_RE = /^[（(](删去|刪除|删除|刪去)[）)]$/;
const TITLE_STOP_RE = /[。！？!?]/;
const CJK_SPACE_RE = /([\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g;
const TITLE_TRIM_RE = /[。；;，,：:、 \u3000]+$/;

export function parseDocument(text: TextModel, options: ParseOptions = {}): DocumentModel {
  const lines = sourceLines(text, options);
  const n = lines.length;
  const role = new Uint8Array(n);

  // 1. Attachment notes, document numbers and dates.
  const attachments = findAttachmentNotes(lines, role);
  const docNumbers: DocNumber[] = [];
  const dates: DateLine[] = [];
  for (let i = 0; i < n; i++) {
    if (lines[i].blank || role[i]) continue;
    const content = lines[i].content;
    if (content.length > 40) continue;
    // A 发文字号 ends with 号 and a date with 日: look no further at other lines.
    const last = content.charCodeAt(content.length - 1);
    if (last !== 0x53f7 && last !== 0x65e5) continue;
    const docNo = matchDocNumber(lines[i]);
    if (docNo) {
      docNumbers.push(docNo);
      role[i] = Role.DocNumber;
      continue;
    }
    const date = matchDate(lines[i]);
    if (date) {
      dates.push(date);
      role[i] = Role.Date;
    }
  }

  // 2. Items.
  const headings: Heading[] = [];
  const headingOnly = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (line.blank || role[i]) continue;
    const prev = i > 0 && !lines[i - 1].blank ? i - 1 : -1;
    if (prev >= 0 && !options.blockStart?.(i) && !canStartItem(lines[prev], role[prev], headingOnly[prev] === 1)) continue;
    const marker = matchMarker(line.content, 0, line.contentStart);
    if (marker) {
      headings.push({ line: i, kind: marker.kind, marker });
      role[i] = Role.Heading;
      if (isTitleOnly(line.content, marker, line.contentStart)) headingOnly[i] = 1;
      continue;
    }
    if (line.content.length <= 8 && (APPENDIX_RE.test(line.content) || SUPPLEMENTARY_RE.test(line.content))) {
      headings.push({ line: i, kind: APPENDIX_RE.test(line.content) ? 'appendix' : 'supplementary' });
      role[i] = Role.Unnumbered;
      headingOnly[i] = 1;
    }
  }

  // 3. Paragraphs.
  const paragraphs = buildParagraphs(lines, role, headingOnly, options.blockStart);
  const paragraphOfLine = new Int32Array(n).fill(-1);
  for (const p of paragraphs) for (let l = p.firstLine; l <= p.lastLine; l++) paragraphOfLine[l] = p.index;

  // Preamble lines around dates: 署名 just before a 成文日期, titles, 主送机关.
  const signatures: PreambleLine[] = [];
  const titles: PreambleLine[] = [];
  const recipients: PreambleLine[] = [];
  findPreambleLines(lines, role, paragraphs, signatures, titles, recipients);

  // 4. Clause tree.
  const { clauses, allClauses } = buildTree(text, lines, headings, role, headingOnly, paragraphs, paragraphOfLine, options);

  // 5. Inline structure.
  const paragraphTexts = new ParagraphTexts(text, lines);
  const clauseOfParagraph = new Array<Clause | undefined>(paragraphs.length);
  for (const clause of allClauses) for (const p of clause.paragraphs) clauseOfParagraph[p.index] = clause;
  const inlineItems: InlineItem[] = [];
  const dashItems: DashItem[] = [];
  const counts: AnnouncedCount[] = [];
  const src = text.text;
  // One pass over the text: what each paragraph holds, and where its quotes and brackets are.
  const features = new Uint8Array(paragraphs.length);
  const marks: number[] = [];
  for (const p of paragraphs) features[p.index] = scan(src, p.start, p.end, marks);
  for (const p of paragraphs) {
    if (role[p.firstLine] === Role.Attachment || role[p.firstLine] === Role.DocNumber || role[p.firstLine] === Role.Date) continue;
    const first = lines[p.firstLine];
    if (first.content.startsWith('——')) dashItems.push({ start: first.contentStart, end: first.contentStart + 2, paragraph: p });
    // Most paragraphs hold neither 是/步 nor a colon; skip building their joined text.
    const has = features[p.index];
    if (has & FEATURE.list) findInlineItems(paragraphTexts.get(p), p, inlineItems);
    if (has & FEATURE.colon) findAnnouncedCounts(paragraphTexts.get(p), p, counts);
  }

  const model: DocumentModel = {
    text,
    lines,
    paragraphs,
    clauses,
    allClauses,
    inlineItems,
    dashItems,
    counts,
    sequences: [],
    preamble: { titles, docNumbers, recipients, dates, signatures, attachments },
    clauseOfParagraph: (p: Paragraph) => clauseOfParagraph[p.index],
    paragraphText: (p: Paragraph) => paragraphTexts.get(p),
    marks,
    has: (p: Paragraph, what: ParagraphFeature) => (features[p.index] & FEATURE[what]) !== 0,
  };
  resolveCounts(model);
  (model as { sequences: DocumentModel['sequences'] }).sequences = buildSequences(model, options.numbering);
  return model;
}

/**
 * A heading line that is all title (一、总体要求, 第一章 总则, 第 1 條): the next line starts something
 * new. An item whose sentence wraps onto the next line (1.推动转型。发挥……“数字技术) is not one.
 */
function isTitleOnly(content: string, marker: Marker, lineContentStart: number): boolean {
  if (KIND_RANK[marker.kind] < KIND_RANK.article) return true;
  if (endsSentence(content) || /[。！？!?]/.test(content)) return false;
  // 第 1 條 alone on its line; an article's text that wraps is not a title.
  const rest = content.slice(marker.contentStart - lineContentStart);
  if (marker.kind === 'article') return rest.length === 0 || (isShort(rest, 12) && !/[，、；：,;:]/.test(rest));
  return isShort(content, 30) && !opensBracket(content);
}

const FEATURE: Readonly<Record<ParagraphFeature, number>> = { list: 1, colon: 2, reference: 4, definition: 8 };

/**
 * What a paragraph holds (是/步 for inline lists, a colon, 第/本/前 where a reference may start,
 * 称/稱 where a term may be defined), and the offsets of its quotes and brackets. The later stages
 * look only at paragraphs that can hold what they look for.
 */
function scan(src: string, start: number, end: number, marks: number[]): number {
  let found = 0;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x2018) {
      if (c === 0x3a) found |= FEATURE.colon;
      else if (c === 0x3c || c === 0x3e) marks.push(i);
      continue;
    }
    if (c <= 0x201d) marks.push(i); // “”‘’
    else if (c >= 0x300a && c <= 0x3015) marks.push(i); // 《》〔〕【】 (and 「」『』 between them)
    else if (c === 0xff08 || c === 0xff09 || c === 0xff1c || c === 0xff1e) marks.push(i); // （）＜＞
    else if (c === 0x662f || c === 0x6b65) found |= FEATURE.list;
    else if (c === 0xff1a) found |= FEATURE.colon;
    else if (c === 0x7b2c || c === 0x672c || c === 0x524d) found |= FEATURE.reference;
    else if (c === 0x79f0 || c === 0x7a31) found |= FEATURE.definition;
  }
  return found;
}

function canStartItem(prev: SourceLine, prevRole: number, prevHeadingOnly: boolean): boolean {
  if (prevRole !== Role.Text && prevRole !== Role.Heading) return true;
  if (prevHeadingOnly) return true;
  if (endsSentence(prev.content)) return true;
  return isShort(prev.content, SHORT_LINE);
}

function buildParagraphs(lines: readonly SourceLine[], role: Uint8Array, headingOnly: Uint8Array, blockStart?: (line: number) => boolean): Paragraph[] {
  // Blocks of non-blank lines; a block whose last line breaks off mid-sentence continues in the next.
  const blocks: Array<[number, number]> = [];
  const n = lines.length;
  for (let i = 0; i < n; ) {
    if (lines[i].blank) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !lines[j + 1].blank) j++;
    const last = blocks[blocks.length - 1];
    const skippedBetween = last !== undefined && lines.slice(last[1] + 1, i).some((l) => l.skip);
    if (last && !skippedBetween && !blockStart?.(i) && continuesAcrossBreak(lines, role, headingOnly, last[1], i)) last[1] = j;
    else blocks.push([i, j]);
    i = j + 1;
  }

  const paragraphs: Paragraph[] = [];
  const push = (first: number, last: number) => {
    while (last > first && lines[last].blank) last--;
    paragraphs.push({
      index: paragraphs.length,
      firstLine: first,
      lastLine: last,
      start: lines[first].contentStart,
      end: lines[last].contentEnd,
    });
  };
  for (const [first, last] of blocks) {
    const wrapped = isWrappedBlock(lines, role, headingOnly, first, last);
    let start = first;
    for (let l = first + 1; l <= last; l++) {
      const line = lines[l];
      if (line.blank) continue;
      const prev = previousContentLine(lines, l);
      const split =
        blockStart?.(l) === true ||
        role[l] !== Role.Text ||
        (role[prev] !== Role.Text && role[prev] !== Role.Heading) ||
        headingOnly[prev] === 1 ||
        isHeadingLike(lines[prev].content) ||
        (endsSentence(lines[prev].content) && (!wrapped || startsParagraph(lines, prev, l)));
      if (split) {
        push(start, l - 1);
        start = l;
      }
    }
    push(start, last);
  }
  return paragraphs;
}

/** A short line with no punctuation at all stands on its own: a title, a name, a heading. */
function isHeadingLike(content: string): boolean {
  return isShort(content, SHORT_LINE) && !/[，、。；：！？,;:!?]/.test(content) && !opensBracket(content);
}

/** A line that opens a bracket or quote it does not close goes on in the next line. */
function opensBracket(content: string): boolean {
  let depth = 0;
  for (const ch of content) {
    if ('（(《“‘〔【'.includes(ch)) depth++;
    else if ('）)》”’〕】'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function previousContentLine(lines: readonly SourceLine[], l: number): number {
  let p = l - 1;
  while (p > 0 && lines[p].blank) p--;
  return p;
}

/** In wrapped text, a new paragraph starts after a finished sentence with a dash item or an indent. */
function startsParagraph(lines: readonly SourceLine[], prev: number, l: number): boolean {
  if (!endsSentence(lines[prev].content)) return false;
  const line = lines[l];
  if (line.content.startsWith('——')) return true;
  const indent = line.contentStart - line.start;
  const prevIndent = lines[prev].contentStart - lines[prev].start;
  return indent > 0 && prevIndent === 0;
}

function isWrappedBlock(lines: readonly SourceLine[], role: Uint8Array, headingOnly: Uint8Array, first: number, last: number): boolean {
  for (let l = first; l < last; l++) {
    const line = lines[l];
    if (line.blank || headingOnly[l] || (role[l] !== 0 && role[l] !== 1)) continue;
    if (!endsSentence(line.content) && !isShort(line.content, SHORT_LINE)) return true;
  }
  return false;
}

function continuesAcrossBreak(lines: readonly SourceLine[], role: Uint8Array, headingOnly: Uint8Array, lastOfPrev: number, firstOfNext: number): boolean {
  const prev = lines[lastOfPrev];
  if (role[lastOfPrev] > 1 || headingOnly[lastOfPrev] || endsSentence(prev.content)) return false;
  if (isShort(prev.content, SHORT_LINE) || looksLikeTitle(prev.content)) return false;
  if (role[firstOfNext] !== 0) return false;
  return !lines[firstOfNext].content.startsWith('——');
}

/**
 * 署名 is the short line just before a 成文日期; a title is a paragraph of one to three short lines
 * that reads like one (…的通知, …实施方案) or the document's first paragraph when it is short and
 * unpunctuated; 主送机关 is the paragraph right after a title or 发文字号 that ends with ：.
 */
function findPreambleLines(
  lines: readonly SourceLine[],
  role: Uint8Array,
  paragraphs: readonly Paragraph[],
  signatures: PreambleLine[],
  titles: PreambleLine[],
  recipients: PreambleLine[],
): void {
  for (let i = 0; i < lines.length; i++) {
    if (role[i] !== Role.Date) continue;
    let p = i - 1;
    while (p >= 0 && lines[p].blank) p--;
    if (p >= 0 && role[p] === Role.Text && isSignature(lines[p].content)) signatures.push(preambleLine(lines[p]));
  }
  let afterHeader = false;
  paragraphs.forEach((p, index) => {
    const first = lines[p.firstLine];
    if (role[p.firstLine] === Role.DocNumber) {
      afterHeader = true;
      return;
    }
    if (role[p.firstLine] !== Role.Text) {
      afterHeader = false;
      return;
    }
    let text = '';
    for (let l = p.firstLine; l <= p.lastLine; l++) text += lines[l].content;
    const short = p.lastLine - p.firstLine <= 2 && text.length <= 80;
    if (short && (looksLikeTitle(text) || (index === 0 && !/[。，；！？,;!?：:]/.test(text)))) {
      titles.push({ start: first.contentStart, end: lines[p.lastLine].contentEnd, text });
      afterHeader = true;
      return;
    }
    if (afterHeader && recipients.length === 0 && /[：:]$/.test(text) && !text.includes('。') && text.length <= 150) {
      recipients.push({ start: first.contentStart, end: lines[p.lastLine].contentEnd, text });
    }
    afterHeader = false;
  });
}

function isSignature(content: string): boolean {
  return content.length <= 40 && !/[。，；：！？,;:!?]/.test(content);
}

function rankTable(headings: readonly Heading[]): Record<ClauseKind, number> {
  const rank: Record<ClauseKind, number> = { ...KIND_RANK, appendix: -1, supplementary: 1 };
  const present = new Set(headings.map((h) => h.kind));
  rank.supplementary = present.has('part') ? 0 : 1;
  // A lower level that holds a higher one throughout (（一） holding 一、二、 and then （二）)
  // is the document's own hierarchy: build the tree that way and report the inversion.
  for (let i = 0; i + 1 < headings.length; i++) {
    const j = headings[i];
    const k = headings[i + 1];
    if (!j.marker || !k.marker || isRegulationKind(j.kind as MarkerKind) || isRegulationKind(k.kind as MarkerKind)) continue;
    if (KIND_RANK[k.kind as MarkerKind] >= KIND_RANK[j.kind as MarkerKind] || k.marker.number !== 1) continue;
    for (let x = i + 2; x < headings.length; x++) {
      const h = headings[x];
      if (!h.marker) break;
      if (h.kind === j.kind) {
        if (h.marker.number === j.marker.number + 1) rank[k.kind] = rank[j.kind] + 0.5;
        break;
      }
      if (KIND_RANK[h.kind as MarkerKind] < KIND_RANK[k.kind as MarkerKind]) break;
    }
  }
  return rank;
}

function buildTree(
  text: TextModel,
  lines: readonly SourceLine[],
  headings: readonly Heading[],
  role: Uint8Array,
  headingOnly: Uint8Array,
  paragraphs: readonly Paragraph[],
  paragraphOfLine: Int32Array,
  options: ParseOptions,
): { clauses: Clause[]; allClauses: Clause[] } {
  const rank = rankTable(headings);
  const present = new Set<ClauseKind>(headings.map((h) => h.kind));
  const clauses: Clause[] = [];
  const allClauses: Clause[] = [];
  const stack: Clause[] = [];
  const src = text.text;

  const close = (clause: Clause, beforeLine: number) => {
    let l = beforeLine - 1;
    while (l > clause.line && lines[l].blank) l--;
    clause.endLine = l;
    clause.end = lines[l].contentEnd;
  };


  // Items of an enumeration (（一）……； under an article, a run of items ending in ；) hold only
  // their own paragraph: the unnumbered paragraph after the list is the parent's again (a new 款).
  const enumeration = new Set<Clause>();
  const firstLineOfText = new Uint8Array(lines.length);
  for (const p of paragraphs) if (role[p.firstLine] === Role.Text) firstLineOfText[p.firstLine] = 1;

  let h = 0;
  for (let i = 0; i < lines.length; i++) {
    if (firstLineOfText[i]) {
      while (stack.length > 0 && enumeration.has(stack[stack.length - 1])) close(stack.pop()!, i);
    }
    // Clauses end before a 署名/成文日期 or attachment note that stands outside them.
    if ((role[i] === Role.Date || role[i] === Role.Attachment) && stack.length > 0) {
      let l = i;
      // a signature line just before the date belongs to the close, too
      let p = i - 1;
      while (p >= 0 && lines[p].blank) p--;
      if (role[i] === Role.Date && p >= 0 && role[p] === Role.Text && isSignature(lines[p].content)) l = p;
      for (const c of stack) close(c, l);
      stack.length = 0;
    }
    if (h >= headings.length || headings[h].line !== i) continue;
    const heading = headings[h++];
    const line = lines[i];
    const r = rank[heading.kind];
    while (stack.length > 0 && rank[stack[stack.length - 1].kind] >= r) close(stack.pop()!, i);
    const parent = stack[stack.length - 1];

    const contentStart = heading.marker ? heading.marker.contentStart : line.contentStart;
    let titleEnd = line.contentEnd;
    const body = src.slice(contentStart, titleEnd);
    const stop = body.search(TITLE_STOP_RE);
    if (stop >= 0) titleEnd = contentStart + stop;
    const readTitle = options.titleText ?? ((a: number, b: number) => src.slice(a, b));
    let title = readTitle(contentStart, titleEnd).replace(TITLE_TRIM_RE, '');
    // 总  则 and 附  则 are spaced out for layout; the title is 总则.
    if (!heading.marker || KIND_RANK[heading.kind as MarkerKind] < KIND_RANK.article) title = title.replace(CJK_SPACE_RE, '$1');
    if (!heading.marker) title = line.content.replace(/[ \u3000]+/g, '');
    titleEnd = heading.marker ? Math.min(titleEnd, contentStart + src.slice(contentStart, titleEnd).replace(TITLE_TRIM_RE, '').length) : line.contentEnd;

    const clause: Clause = {
      id: allClauses.length,
      kind: heading.kind,
      marker: heading.marker,
      number: heading.marker?.number,
      sub: heading.marker?.sub,
      title,
      titleStart: heading.marker ? contentStart : line.contentStart,
      titleEnd,
      titleOnly: headingOnly[i] === 1,
      markdownDepth: options.headingDepth?.(i),
      deleted: heading.kind === 'article' && DELETED_RE.test(src.slice(contentStart, line.contentEnd).trim()),
      line: i,
      start: heading.marker ? heading.marker.start : line.contentStart,
      end: line.contentEnd,
      endLine: i,
      parent,
      children: [],
      depth: stack.length,
      paragraphs: [],
    };
    clause.levelProblem = levelProblem(clause, parent, present, rank);
    if (parent) parent.children.push(clause);
    else clauses.push(clause);
    // A sub-heading (（一）职工参保人员, no closing punctuation) holds the paragraphs after it.
    if (!headingOnly[i] && isEnumerationItem(clause, parent, src, paragraphs[paragraphOfLine[i]], enumeration)) enumeration.add(clause);
    allClauses.push(clause);
    stack.push(clause);
  }
  for (const c of stack) close(c, lines.length);

  // Paragraphs belong to the innermost clause whose lines hold them.
  let ci = 0;
  const open: Clause[] = [];
  for (const p of paragraphs) {
    while (ci < allClauses.length && allClauses[ci].line <= p.firstLine) {
      const c = allClauses[ci++];
      while (open.length > 0 && open[open.length - 1].endLine < c.line) open.pop();
      open.push(c);
    }
    while (open.length > 0 && open[open.length - 1].endLine < p.firstLine) open.pop();
    const owner = open[open.length - 1];
    if (owner) owner.paragraphs.push(p);
  }
  return { clauses, allClauses };
}

const SEMICOLON_END_RE = /[；;﹔]$/;

function isEnumerationItem(clause: Clause, parent: Clause | undefined, src: string, paragraph: Paragraph | undefined, enumeration: ReadonlySet<Clause>): boolean {
  if (!clause.marker || isRegulationKind(clause.kind as MarkerKind)) return false;
  if (parent && (parent.kind === 'article' || enumeration.has(parent))) return true;
  if (paragraph && SEMICOLON_END_RE.test(src.slice(paragraph.end - 1, paragraph.end))) return true;
  const siblings = parent ? parent.children : undefined;
  const previous = siblings && siblings.length >= 2 ? siblings[siblings.length - 2] : undefined;
  return previous !== undefined && previous.kind === clause.kind && enumeration.has(previous);
}

const PLAN_KINDS: readonly MarkerKind[] = ['cn', 'cnParen', 'num', 'numParen', 'circled'];

function levelProblem(
  clause: Clause,
  parent: Clause | undefined,
  present: ReadonlySet<ClauseKind>,
  rank: Record<ClauseKind, number>,
): Clause['levelProblem'] {
  if (!parent || !clause.marker || !parent.marker) return undefined;
  const kind = clause.kind as MarkerKind;
  const parentKind = parent.kind as MarkerKind;
  if (isRegulationKind(kind) || isRegulationKind(parentKind)) return undefined;
  if (KIND_RANK[kind] < KIND_RANK[parentKind]) return { type: 'inverted', parentKind };
  const between = PLAN_KINDS.filter((k) => KIND_RANK[k] > KIND_RANK[parentKind] && KIND_RANK[k] < KIND_RANK[kind] && present.has(k) && rank[k] > rank[parentKind]);
  return between.length > 0 ? { type: 'skip', parentKind, missing: between[0] } : undefined;
}

function resolveCounts(model: DocumentModel): void {
  const { counts, paragraphs, inlineItems, dashItems } = model;
  if (counts.length === 0) return;
  const dashByParagraph = new Map<number, DashItem>();
  for (const d of dashItems) dashByParagraph.set(d.paragraph.index, d);
  const clauseByLine = new Map<number, Clause>();
  for (const c of model.allClauses) clauseByLine.set(c.line, c);

  for (const count of counts) {
    // (a) an inline list that starts right after the colon in the same paragraph
    const firstInline = inlineItems.findIndex((it) => it.start > count.colon && it.start - count.colon <= 4 && it.number === 1 && it.paragraph.index === count.paragraph.index);
    if (firstInline >= 0) {
      const kind = inlineItems[firstInline].kind;
      let k = firstInline + 1;
      let last = inlineItems[firstInline];
      while (k < inlineItems.length && inlineItems[k].kind === kind && inlineItems[k].number !== 1 && sameScope(model, inlineItems[k].paragraph, count.paragraph)) {
        last = inlineItems[k];
        k++;
      }
      count.following = { kind, count: k - firstInline, start: inlineItems[firstInline].start, end: last.end };
      continue;
    }
    // Only a colon that closes its paragraph announces the paragraphs that follow.
    if (count.colon + 1 < count.paragraph.end) continue;
    const next = paragraphs[count.paragraph.index + 1];
    if (!next) continue;
    // (b) dash items
    if (dashByParagraph.has(next.index)) {
      let k = next.index;
      while (dashByParagraph.has(k)) k++;
      count.following = { kind: 'dash', count: k - next.index, start: next.start, end: paragraphs[k - 1].end };
      continue;
    }
    // (c) numbered items: the clause that starts there and its siblings of the same level
    const clause = clauseByLine.get(next.firstLine);
    if (clause && clause.marker) {
      const siblings = clause.parent ? clause.parent.children : model.clauses;
      let k = siblings.indexOf(clause);
      const from = k;
      while (k < siblings.length && siblings[k].kind === clause.kind) k++;
      count.following = { kind: clause.kind, count: k - from, start: clause.start, end: siblings[k - 1].end };
      continue;
    }
    // (d) steps or an inline list opening the next paragraph
    const opening = inlineItems.find((it) => it.paragraph.index === next.index && it.number === 1 && it.start === next.start);
    if (opening) {
      let k = inlineItems.indexOf(opening) + 1;
      let last = opening;
      while (k < inlineItems.length && inlineItems[k].kind === opening.kind && inlineItems[k].number !== 1) {
        last = inlineItems[k];
        k++;
      }
      count.following = { kind: opening.kind, count: k - inlineItems.indexOf(opening), start: opening.start, end: last.end };
    }
  }
}

function sameScope(model: DocumentModel, a: Paragraph, b: Paragraph): boolean {
  return a.index === b.index || model.clauseOfParagraph(a) === model.clauseOfParagraph(b);
}
