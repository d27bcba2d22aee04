/**
 * Find all references: from a clause heading (or a reference to it) to every reference to that
 * clause, in this document and in workspace documents that cite this one by title; from an
 * abbreviation to its uses.
 */
import type { Target } from '../model/crossref';
import type { Location } from '../types';
import { locate } from './locate';
import { referencesTo, targetLocation, type NavigationContext } from './navigation';

export function references(ctx: NavigationContext, offset: number, includeDeclaration: boolean): Location[] {
  const { model, uri } = ctx;
  const at = locate(model, offset);
  if (!at) return [];
  if (at.kind === 'term') {
    const d = at.term.definition;
    const out: Location[] = includeDeclaration ? [{ uri, range: model.text.rangeOf(d.nameStart, d.nameEnd) }] : [];
    for (const u of at.term.uses) out.push({ uri, range: model.text.rangeOf(u.start, u.end) });
    return out;
  }
  let target: Target | undefined;
  if (at.kind === 'heading') target = { clause: at.clause, start: at.clause.start, end: at.clause.end };
  else if (at.kind === 'reference' && !at.reference.external) target = at.reference.target;
  if (!target) return [];
  const out = referencesTo(ctx, target);
  if (includeDeclaration) out.unshift(targetLocation(uri, model, target));
  return out;
}
