/**
 * The outline in two shapes: LSP document symbols (Outline view, breadcrumbs, sticky scroll) and
 * the CLI's JSON tree.
 */
import type { Clause, ClauseKind, DocumentModel } from '../model/document';
import { SymbolKind, type DocumentSymbol, type Range } from '../types';

const SYMBOL_KIND: Readonly<Record<ClauseKind, SymbolKind>> = {
  part: SymbolKind.Package,
  chapter: SymbolKind.Module,
  section: SymbolKind.Namespace,
  article: SymbolKind.Property,
  cn: SymbolKind.Class,
  cnParen: SymbolKind.Struct,
  num: SymbolKind.Method,
  numParen: SymbolKind.Field,
  circled: SymbolKind.EnumMember,
  appendix: SymbolKind.File,
  supplementary: SymbolKind.Module,
};

export function symbolKindOf(kind: ClauseKind): SymbolKind {
  return SYMBOL_KIND[kind];
}

const MAX_NAME = 40;

/** How a clause is named in the Outline: “（一）指导思想”, “第一条 为了……”. */
export function clauseLabel(clause: Clause): string {
  const marker = clause.marker?.text ?? '';
  const title = clause.title.length > MAX_NAME ? clause.title.slice(0, MAX_NAME) + '…' : clause.title;
  if (!clause.marker) return title;
  const sep = clause.kind === 'part' || clause.kind === 'chapter' || clause.kind === 'section' || clause.kind === 'article' ? ' ' : '';
  return title ? `${marker}${sep}${title}` : marker;
}

export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  const text = model.text;
  const convert = (clause: Clause): DocumentSymbol => {
    const selectionEnd = Math.max(clause.titleEnd, clause.marker?.end ?? clause.start);
    const symbol: DocumentSymbol = {
      name: clauseLabel(clause) || (clause.marker?.text ?? '—'),
      kind: SYMBOL_KIND[clause.kind],
      range: text.rangeOf(clause.start, Math.max(clause.end, selectionEnd)),
      selectionRange: text.rangeOf(clause.start, selectionEnd),
    };
    if (clause.deleted) symbol.detail = '（删去）';
    if (clause.children.length > 0) symbol.children = clause.children.map(convert);
    return symbol;
  };
  return model.clauses.map(convert);
}

/** A node of `gongwen outline --format json`. */
export interface OutlineNode {
  marker: string;
  number: number | null;
  sub?: number;
  title: string;
  kind: ClauseKind;
  deleted?: boolean;
  range: Range;
  children: OutlineNode[];
}

export function outlineTree(model: DocumentModel): OutlineNode[] {
  const text = model.text;
  const convert = (clause: Clause): OutlineNode => {
    const node: OutlineNode = {
      marker: clause.marker?.text ?? '',
      number: clause.number ?? null,
      title: clause.title,
      kind: clause.kind,
      range: text.rangeOf(clause.start, clause.end),
      children: clause.children.map(convert),
    };
    if (clause.sub !== undefined) node.sub = clause.sub;
    if (clause.deleted) node.deleted = true;
    return node;
  };
  return model.clauses.map(convert);
}
