import type { DocumentModel } from '../model/document';
import type { FoldingRange } from '../types';

/** One folding range per clause that spans more than its heading line. */
export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const clause of model.allClauses) {
    if (clause.endLine > clause.line) out.push({ startLine: clause.line, endLine: clause.endLine });
  }
  return out;
}
