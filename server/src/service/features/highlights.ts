/** Document highlights: a term's definition and uses; a clause's heading and the references to it. */
import { DocumentHighlightKind, type DocumentHighlight } from '../types';
import { locate } from './locate';
import { referencesTo, targetSelection, type NavigationContext } from './navigation';

export function documentHighlights(ctx: NavigationContext, offset: number): DocumentHighlight[] {
  const { model } = ctx;
  const at = locate(model, offset);
  if (!at) return [];
  if (at.kind === 'term') {
    const d = at.term.definition;
    return [
      { range: model.text.rangeOf(d.nameStart, d.nameEnd), kind: DocumentHighlightKind.Write },
      ...at.term.uses.map((u) => ({ range: model.text.rangeOf(u.start, u.end), kind: DocumentHighlightKind.Read })),
    ];
  }
  const target = at.kind === 'heading' ? { clause: at.clause, start: at.clause.start, end: at.clause.end } : at.kind === 'reference' ? at.reference.target : undefined;
  if (!target) return [];
  const local = referencesTo({ ...ctx, workspace: undefined }, target);
  return [
    { range: targetSelection(model, target), kind: DocumentHighlightKind.Text },
    ...local.map((l) => ({ range: l.range, kind: DocumentHighlightKind.Read })),
  ];
}
