/**
 * The structure view (公文结构): the clause tree with problem counts, the defined terms with their
 * use counts, and the documents the text cites by 《title》.
 */
import { crossReferences } from '../model/crossref';
import type { Clause, ClauseKind, DocumentModel } from '../model/document';
import { DiagnosticSeverity, type Diagnostic, type Range } from '../types';
import { clauseLabel } from './outline';
import { documentTitles, normalizeTitle, type GongwenDocument, type Workspace } from './workspace';

export interface StructureNode {
  label: string;
  kind: ClauseKind;
  /** The heading (where a click goes). */
  selection: Range;
  /** The whole clause (to follow the cursor). */
  range: Range;
  /** Problems inside the clause, its children included. */
  errors: number;
  warnings: number;
  children: StructureNode[];
}

export interface StructureTerm {
  name: string;
  fullName: string;
  uses: number;
  range: Range;
}

export interface StructureCitation {
  title: string;
  count: number;
  range: Range;
  /** The workspace document with that title, when there is one. */
  uri?: string;
}

export interface StructureView {
  nodes: StructureNode[];
  terms: StructureTerm[];
  citations: StructureCitation[];
}

export function structure(
  model: DocumentModel,
  diagnostics: readonly Diagnostic[],
  workspace?: Workspace,
  modelOf?: (doc: GongwenDocument) => DocumentModel,
  uri?: string,
): StructureView {
  const text = model.text;
  const problemLines = diagnostics.filter((d) => d.severity <= DiagnosticSeverity.Warning).map((d) => ({ offset: text.offsetAt(d.range.start), error: d.severity === DiagnosticSeverity.Error }));
  const convert = (c: Clause): StructureNode => {
    let errors = 0;
    let warnings = 0;
    for (const p of problemLines) {
      if (p.offset < c.start || p.offset > c.end) continue;
      if (p.error) errors++;
      else warnings++;
    }
    return {
      label: clauseLabel(c) || (c.marker?.text ?? ''),
      kind: c.kind,
      selection: text.rangeOf(c.start, Math.max(c.titleEnd, c.marker?.end ?? c.start)),
      range: text.rangeOf(c.start, c.end),
      errors,
      warnings,
      children: c.children.map(convert),
    };
  };
  const terms = crossReferences(model).terms.map((t) => ({
    name: t.definition.name,
    fullName: t.definition.fullName,
    uses: t.uses.length,
    range: text.rangeOf(t.definition.nameStart, t.definition.nameEnd),
  }));

  // 《title》 citations, counted; linked to workspace documents by title.
  const index = new Map<string, string>();
  if (workspace && modelOf) {
    for (const doc of workspace.documents()) {
      if (doc.uri === uri) continue;
      for (const t of documentTitles(modelOf(doc))) if (!index.has(t.title)) index.set(t.title, doc.uri);
    }
  }
  const src = text.text;
  const byTitle = new Map<string, StructureCitation>();
  for (let open = src.indexOf('《'); open >= 0; open = src.indexOf('《', open + 1)) {
    const close = src.indexOf('》', open);
    if (close < 0) break;
    const inner = src.slice(open + 1, close);
    if (inner.includes('《') || /\n\s*\n/.test(inner) || inner.length > 80) continue;
    const key = normalizeTitle(inner);
    const seen = byTitle.get(key);
    if (seen) seen.count++;
    else byTitle.set(key, { title: inner.replace(/\s+/g, ''), count: 1, range: text.rangeOf(open, close + 1), uri: index.get(key) });
  }
  return { nodes: model.clauses.map(convert), terms, citations: [...byTitle.values()] };
}
