/**
 * Inlay hints: after a reference, the title of what it cites (本方案第二部分第（三）项 ‹打造国家级经开区
 * 转型新标杆›), so the drafter sees the target without leaving the line. Relative references
 * (本条, 前款) and references that do not resolve get none.
 */
import { crossReferences } from '../model/crossref';
import type { DocumentModel } from '../model/document';
import type { InlayHint } from '../types';

const MAX = 16;

export function inlayHints(model: DocumentModel, start: number, end: number): InlayHint[] {
  const out: InlayHint[] = [];
  for (const r of crossReferences(model).references) {
    if (r.ref.end < start || r.ref.start > end || r.external || r.problem || !r.target) continue;
    if (r.ref.components[r.ref.components.length - 1].relative) continue;
    const t = r.target;
    if (t.paragraphIndex !== undefined) continue;
    const title = t.clause.title;
    if (!title) continue;
    out.push({
      position: model.text.positionAt(r.ref.end),
      label: title.length > MAX ? title.slice(0, MAX) + '…' : title,
      paddingLeft: true,
      tooltip: title,
    });
  }
  return out;
}
