/**
 * What every navigation feature needs besides the document: its URI, the workspace it can look
 * into for documents cited by title, and the service's cached parse of those documents.
 */
import { crossReferences, resolveInDocument, targetLabel, type ResolvedReference, type Target } from '../model/crossref';
import type { DocumentModel } from '../model/document';
import type { Reference } from '../parse/references';
import type { Location, Range } from '../types';
import { documentTitles, findByTitle, normalizeTitle, type GongwenDocument, type TitleMatch, type Workspace } from './workspace';

export interface NavigationContext {
  readonly uri: string;
  readonly model: DocumentModel;
  readonly workspace?: Workspace;
  modelOf(doc: GongwenDocument): DocumentModel;
}

/** The heading of a clause, or the first line of a paragraph (款) target. */
export function targetSelection(model: DocumentModel, target: Target): Range {
  const c = target.clause;
  if (target.paragraphIndex === undefined) return model.text.rangeOf(c.start, Math.max(c.titleEnd, c.marker?.end ?? c.start));
  const lineEnd = model.text.lineEnd(model.text.lineIndexAt(target.start));
  return model.text.rangeOf(target.start, Math.min(target.end, lineEnd));
}

export function targetLocation(uri: string, model: DocumentModel, target: Target): Location {
  return { uri, range: targetSelection(model, target) };
}

/** The title an external reference cites: 《…》 before it, or the full name of a defined short name (专利法). */
export function citedTitle(model: DocumentModel, ref: Reference): string | undefined {
  if (ref.scope.kind !== 'external') return undefined;
  if (ref.scope.title) return ref.scope.title;
  const name = ref.scope.name;
  if (!name) return undefined;
  const term = crossReferences(model).terms.find((t) => t.definition.name === name);
  return term?.definition.fullName.startsWith('《') ? term.definition.fullName : undefined;
}

/** The workspace document an external reference cites, and what it points at there. */
export function resolveExternal(ctx: NavigationContext, r: ResolvedReference): { match: TitleMatch; targets?: Target[] } | undefined {
  const title = citedTitle(ctx.model, r.ref);
  if (!title) return undefined;
  const match = findByTitle(title, ctx.workspace, ctx.modelOf, ctx.uri);
  if (!match) return undefined;
  return { match, targets: resolveInDocument(match.model, r.ref.components) };
}

/** Same clause, and same paragraph when the target is one. */
export function sameTarget(a: Target, b: Target): boolean {
  return a.clause === b.clause && a.paragraphIndex === b.paragraphIndex;
}

/** Every reference in this document and in workspace documents citing it by title that points at `target`. */
export function referencesTo(ctx: NavigationContext, target: Target): Location[] {
  const out: Location[] = [];
  const matches = (targets: readonly Target[]) => targets.some((t) => sameTarget(t, target) || (target.paragraphIndex === undefined && t.clause === target.clause));
  for (const r of crossReferences(ctx.model).references) {
    if (!r.external && matches(r.targets)) out.push({ uri: ctx.uri, range: ctx.model.text.rangeOf(r.ref.start, r.ref.end) });
  }
  const ownTitles = new Set(documentTitles(ctx.model).map((t) => t.title));
  if (!ctx.workspace || ownTitles.size === 0) return out;
  for (const doc of ctx.workspace.documents()) {
    if (doc.uri === ctx.uri) continue;
    const other = ctx.modelOf(doc);
    for (const r of crossReferences(other).references) {
      const title = r.external ? citedTitle(other, r.ref) : undefined;
      if (!title || !ownTitles.has(normalizeTitle(title))) continue;
      const targets = resolveInDocument(ctx.model, r.ref.components);
      if (targets && matches(targets)) out.push({ uri: doc.uri, range: other.text.rangeOf(r.ref.start, r.ref.end) });
    }
  }
  return out;
}

export { targetLabel };
