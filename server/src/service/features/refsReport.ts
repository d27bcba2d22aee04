/** The references and terms of a document, as `gongwen refs --format json` prints them. */
import { crossReferences, targetLabel } from '../model/crossref';
import type { DocumentModel } from '../model/document';
import type { Range } from '../types';
import { targetSelection } from './navigation';

export interface ReferenceEntry {
  text: string;
  range: Range;
  /** What the reference points at in this document; null when it points elsewhere or nowhere. */
  target: { marker: string; title: string; range: Range } | null;
  /** Set for a reference to another document. */
  external?: { title?: string; name?: string };
  /** Set when the reference does not resolve or cites itself: missing, deleted, self. */
  problem?: string;
}

export interface TermEntry {
  name: string;
  fullName: string;
  definition: Range;
  uses: Range[];
}

export interface ReferencesReport {
  references: ReferenceEntry[];
  terms: TermEntry[];
}

export function referencesReport(model: DocumentModel): ReferencesReport {
  const { references, terms, legalSystem } = crossReferences(model);
  const text = model.text;
  return {
    references: references.map((r) => {
      const entry: ReferenceEntry = {
        text: r.ref.text,
        range: text.rangeOf(r.ref.start, r.ref.end),
        target: r.target ? { marker: targetLabel(r.target, legalSystem), title: r.target.paragraphIndex === undefined ? r.target.clause.title : '', range: targetSelection(model, r.target) } : null,
      };
      if (r.ref.scope.kind === 'external') entry.external = { title: r.ref.scope.title, name: r.ref.scope.name };
      if (r.problem) entry.problem = r.problem.kind;
      return entry;
    }),
    terms: terms.map((t) => ({
      name: t.definition.name,
      fullName: t.definition.fullName,
      definition: text.rangeOf(t.definition.nameStart, t.definition.nameEnd),
      uses: t.uses.map((u) => text.rangeOf(u.start, u.end)),
    })),
  };
}
