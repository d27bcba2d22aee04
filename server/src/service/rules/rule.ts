/**
 * What a rule is: a stable public code, a default severity, a one-line description with an
 * example, and a check over the document model. Rules report offsets; the diagnostics feature
 * turns them into LSP positions, applies the user's severities and drops rules that are off.
 */
import type { DocumentModel } from '../model/document';
import type { GongwenSettings } from '../settings';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** The language of messages: Simplified Chinese, Traditional Chinese (converted from it), English. */
export type Locale = 'zh-cn' | 'zh-tw' | 'en';

export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  /** An obvious fix: replace [start, end) with `newText`. */
  fix?: { title: string; start: number; end: number; newText: string };
  related?: Array<{ start: number; end: number; message: string }>;
}

export interface RuleContext {
  readonly model: DocumentModel;
  readonly locale: Locale;
  readonly settings: GongwenSettings;
  /** Picks the message in the user's language. */
  t(zh: string, en: string): string;
  report(finding: RuleFinding): void;
}

export interface RuleDoc {
  /** What the rule finds, one line, in Chinese and English (the README table is checked against it). */
  readonly zh: string;
  readonly en: string;
  /** A line that the rule reports, and the same line written correctly. */
  readonly bad: string;
  readonly good: string;
}

export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  readonly doc: RuleDoc;
  check(ctx: RuleContext): void;
}

/** Quotes a marker or phrase the way messages do: “三、”. */
export function q(text: string): string {
  return `“${text}”`;
}

/** Quotes for English messages. */
export function qe(text: string): string {
  return `"${text}"`;
}

/** 1-based line number of an offset, for messages that point at another place. */
export function lineNumberOf(model: DocumentModel, offset: number): number {
  return model.text.positionAt(offset).line + 1;
}
