/**
 * The document model: what the parser knows about a policy document's structure.
 * Offsets are UTF-16 code units into the document text; `text` gives them positions.
 */
import type { Marker, MarkerKind } from '../parse/markers';
import type { ParagraphText } from '../parse/paragraphText';
import type { TextModel } from '../text/textModel';

/** A line as the parser sees it: where its content starts and ends, without indentation. */
export interface SourceLine {
  readonly index: number;
  /** Offset where the line starts. */
  readonly start: number;
  /** Offset of the first content character (after spaces, full-width spaces, a BOM). */
  readonly contentStart: number;
  /** Offset past the last non-space character. */
  readonly contentEnd: number;
  readonly content: string;
  readonly blank: boolean;
  /** Lines nothing is read from (Markdown code, front matter, HTML). */
  readonly skip: boolean;
}

/** A paragraph: a block between blank lines, or one line of a block of unwrapped lines. */
export interface Paragraph {
  readonly index: number;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly start: number;
  readonly end: number;
}

/** list: 是 or 步; colon: ： or :; reference: 第, 本 or 前; definition: 称 or 稱. */
export type ParagraphFeature = 'list' | 'colon' | 'reference' | 'definition';

/** Headings without a number: 附件一 (an attachment), 附则 standing alone in a code. */
export type UnnumberedKind = 'appendix' | 'supplementary';
export type ClauseKind = MarkerKind | UnnumberedKind;

/** A numbered heading or item with everything up to the next one of the same or a higher level. */
export interface Clause {
  readonly id: number;
  readonly kind: ClauseKind;
  /** Undefined for unnumbered headings. */
  readonly marker?: Marker;
  readonly number?: number;
  readonly sub?: number;
  /** The heading text up to the first 。 or the end of the line, without the trailing punctuation. */
  readonly title: string;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The heading line is all title (一、总体要求, 第一章 总则), with no sentence after it. */
  readonly titleOnly: boolean;
  /** In Markdown, the depth of the heading the clause stands in (## → 2). */
  readonly markdownDepth?: number;
  /** A 第一百九十九条 （删去） placeholder. */
  readonly deleted: boolean;
  readonly line: number;
  /** Offset of the marker (or heading text). */
  readonly start: number;
  /** Offset where the clause's body ends (before the next clause of the same or a higher level). */
  end: number;
  endLine: number;
  parent?: Clause;
  readonly children: Clause[];
  depth: number;
  /** The paragraphs of the clause's own body, the heading's own paragraph first (款 of an article). */
  readonly paragraphs: Paragraph[];
  /** Set when this clause sits at a level its parent should not hold (numbering/level-skip). */
  levelProblem?: LevelProblem;
}

export interface LevelProblem {
  /** `skip`: a level is left out (1. straight under 一、); `inverted`: a higher level under a lower one. */
  type: 'skip' | 'inverted';
  parentKind: MarkerKind;
  /** The level that should stand between them (for `skip`). */
  missing?: MarkerKind;
}

/** An item of an inline list (一是 …) or a step (第一步 …) inside a paragraph. */
export interface InlineItem {
  readonly kind: 'inline' | 'step';
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: Paragraph;
}

/** A paragraph that starts with a dash: ——穗港智能制造合作新空间。 */
export interface DashItem {
  readonly start: number;
  readonly end: number;
  readonly paragraph: Paragraph;
}

/** An announced number of items: 包括三个部分： / 在以下八个方面发力： */
export interface AnnouncedCount {
  readonly count: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Offset of the colon that closes the announcement. */
  readonly colon: number;
  readonly paragraph: Paragraph;
  /** The items that follow, when a list follows at all. */
  following?: { kind: string; count: number; start: number; end: number };
}

export type SequenceKind = MarkerKind | 'inline' | 'step' | 'attachment';

/** One numbered item of a sequence. */
export interface SequenceItem {
  readonly number: number;
  readonly sub?: number;
  /** Range of the marker as written. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly marker?: Marker;
  readonly clause?: Clause;
}

/** Items numbered one after another under one parent (or one paragraph, for inline lists). */
export interface SequenceGroup {
  readonly items: SequenceItem[];
  /** True when this group is expected to go on from the previous group's last number. */
  continues: boolean;
  readonly parent?: Clause;
}

/** All the groups of one level (or one inline list), in document order. */
export interface Sequence {
  readonly kind: SequenceKind;
  readonly groups: SequenceGroup[];
  /** The numbering convention judged (inferred or configured) for the level. */
  convention: 'restart' | 'continuous';
  /** Writes the marker for a number, for messages and fixes: 3 → “三、”. */
  readonly format: (n: number, sub?: number) => string;
}

export interface DocNumber {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The 机关代字, year and serial number as written. */
  readonly agency: string;
  readonly year: string;
  readonly serial: string;
  readonly open: string;
  readonly close: string;
  readonly hasDi: boolean;
}

export interface DateLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

export interface PreambleLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An attachment note: 附件：1.…… with 2.…… on the next lines; its own list. */
export interface AttachmentNote {
  readonly start: number;
  readonly end: number;
  readonly items: SequenceItem[];
}

export interface Preamble {
  readonly titles: PreambleLine[];
  readonly docNumbers: DocNumber[];
  readonly recipients: PreambleLine[];
  readonly dates: DateLine[];
  readonly signatures: PreambleLine[];
  readonly attachments: AttachmentNote[];
}

export interface DocumentModel {
  readonly text: TextModel;
  readonly lines: readonly SourceLine[];
  readonly paragraphs: readonly Paragraph[];
  /** Top-level clauses; each holds its children. */
  readonly clauses: readonly Clause[];
  /** Every clause in document order. */
  readonly allClauses: readonly Clause[];
  readonly inlineItems: readonly InlineItem[];
  readonly dashItems: readonly DashItem[];
  readonly counts: readonly AnnouncedCount[];
  readonly sequences: readonly Sequence[];
  readonly preamble: Preamble;
  /** The clause whose own body holds the paragraph (undefined before the first clause). */
  clauseOfParagraph(paragraph: Paragraph): Clause | undefined;
  /** The paragraph's text with its line breaks removed, and the way back to document offsets. */
  paragraphText(paragraph: Paragraph): ParagraphText;
  /** Offsets of the quotes, brackets and title marks in paragraphs (“”‘’（）《》〔〕【】「」『』<>＜＞), in order. */
  readonly marks: readonly number[];
  /** Whether a paragraph holds what a stage looks for (found in the parser's one pass over the text). */
  has(paragraph: Paragraph, what: ParagraphFeature): boolean;
}
