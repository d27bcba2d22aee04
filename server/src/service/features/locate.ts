/** What stands at an offset: a reference, a defined term, a title in 《》, or a clause heading. */
import { crossReferences, type ResolvedReference, type Term } from '../model/crossref';
import type { Clause, DocumentModel } from '../model/document';

export type Located =
  | { kind: 'reference'; reference: ResolvedReference; start: number; end: number }
  | { kind: 'term'; term: Term; start: number; end: number; isDefinition: boolean }
  | { kind: 'title'; title: string; start: number; end: number }
  | { kind: 'heading'; clause: Clause; start: number; end: number };

export function locate(model: DocumentModel, offset: number): Located | undefined {
  const { references, terms } = crossReferences(model);
  for (const term of terms) {
    for (const d of [term.definition, ...term.redefinitions]) {
      if (offset >= d.nameStart && offset <= d.nameEnd) return { kind: 'term', term, start: d.nameStart, end: d.nameEnd, isDefinition: true };
    }
    for (const u of term.uses) if (offset >= u.start && offset <= u.end) return { kind: 'term', term, start: u.start, end: u.end, isDefinition: false };
  }
  for (const r of references) {
    if (offset >= r.ref.start && offset <= r.ref.end) return { kind: 'reference', reference: r, start: r.ref.start, end: r.ref.end };
  }
  const title = titleAt(model.text.text, offset);
  if (title) return { kind: 'title', ...title };
  for (const c of model.allClauses) {
    const end = Math.max(c.titleEnd, c.marker?.end ?? c.start);
    if (offset >= c.start && offset <= end) return { kind: 'heading', clause: c, start: c.start, end };
    if (c.start > offset) break;
  }
  return undefined;
}

/** The title in 《》 around an offset, within its line. */
export function titleAt(src: string, offset: number): { title: string; start: number; end: number } | undefined {
  const lineStart = src.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = src.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = src.length;
  const open = src.lastIndexOf('《', offset);
  if (open < lineStart) return undefined;
  const close = src.indexOf('》', open);
  if (close < 0 || close >= lineEnd || close + 1 < offset) return undefined;
  const inner = src.slice(open + 1, close);
  if (inner.includes('《')) return undefined;
  return { title: inner, start: open, end: close + 1 };
}
