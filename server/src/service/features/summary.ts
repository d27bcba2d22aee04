import type { ClauseKind, DocumentModel } from '../model/document';
import { formatMarker, type MarkerKind } from '../parse/markers';
import { DiagnosticSeverity, type Diagnostic } from '../types';

/** What the status bar shows about a document. */
export interface DocumentSummary {
  /** Each level used, highest first, with an example marker and how many items it has. */
  levels: Array<{ kind: ClauseKind; example: string; count: number }>;
  errors: number;
  warnings: number;
  isPolicyDocument: boolean;
}

const ORDER: readonly ClauseKind[] = ['appendix', 'part', 'chapter', 'section', 'article', 'cn', 'cnParen', 'num', 'numParen', 'circled', 'supplementary'];

export function summarize(model: DocumentModel, diagnostics: readonly Diagnostic[]): DocumentSummary {
  const counts = new Map<ClauseKind, number>();
  for (const c of model.allClauses) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const levels = ORDER.filter((k) => counts.has(k) && k !== 'appendix' && k !== 'supplementary').map((kind) => ({
    kind,
    example: formatMarker(kind as MarkerKind, 1),
    count: counts.get(kind)!,
  }));
  return {
    levels,
    errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length,
    warnings: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length,
    isPolicyDocument: isPolicyDocument(model),
  };
}

/**
 * Whether a plain-text or Markdown file reads as a policy document: it has a 发文字号, an
 * article, or at least two numbered headings of the plan levels. A README with a numbered list
 * of three `1.` items is not enough on its own; `一、` and `（一）` headings are.
 */
export function isPolicyDocument(model: DocumentModel): boolean {
  if (model.preamble.docNumbers.length > 0) return true;
  let chinese = 0;
  for (const c of model.allClauses) {
    if (c.kind === 'article' || c.kind === 'chapter' || c.kind === 'part') return true;
    if (c.kind === 'cn' || c.kind === 'cnParen') chinese++;
    if (chinese >= 2) return true;
  }
  return false;
}
