/** Helpers for the service's unit tests: in-memory documents, no editor, no files. */
import { computeDiagnostics } from './features/diagnostics';
import type { DocumentModel } from './model/document';
import { parseDocument, type ParseOptions } from './parse/parser';
import { DEFAULT_SETTINGS, type GongwenSettings } from './settings';
import { TextModel } from './text/textModel';
import type { Diagnostic, Range } from './types';

export const TEST_URI = 'file:///test.txt';

export function parse(text: string, options?: ParseOptions): DocumentModel {
  return parseDocument(new TextModel(text), options);
}

export function diagnose(text: string, settings: Partial<GongwenSettings> = {}): Diagnostic[] {
  const s: GongwenSettings = { ...DEFAULT_SETTINGS, ...settings };
  return computeDiagnostics(parse(text, { numbering: s.numbering }), TEST_URI, s);
}

/** The diagnostics of one rule. */
export function only(text: string, code: string, settings?: Partial<GongwenSettings>): Diagnostic[] {
  return diagnose(text, settings).filter((d) => d.code === code);
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const model = new TextModel(text);
  return text.slice(model.offsetAt(range.start), model.offsetAt(range.end));
}

/** Paragraphs joined by blank lines, the way a drafter types them. */
export function doc(...paragraphs: string[]): string {
  return paragraphs.join('\n\n') + '\n';
}

/** mulberry32: a small deterministic random generator, so a generated case can be replayed by its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
