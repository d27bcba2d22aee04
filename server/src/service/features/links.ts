/** Document links: a 《title》 whose document is in the workspace links to that file. */
import type { DocumentLink } from '../types';
import type { NavigationContext } from './navigation';
import { documentTitles, normalizeTitle } from './workspace';

export function documentLinks(ctx: NavigationContext): DocumentLink[] {
  if (!ctx.workspace) return [];
  const index = new Map<string, string>();
  for (const doc of ctx.workspace.documents()) {
    if (doc.uri === ctx.uri) continue;
    for (const t of documentTitles(ctx.modelOf(doc))) if (!index.has(t.title)) index.set(t.title, doc.uri);
  }
  if (index.size === 0) return [];
  const src = ctx.model.text.text;
  const out: DocumentLink[] = [];
  for (let open = src.indexOf('《'); open >= 0; open = src.indexOf('《', open + 1)) {
    const close = src.indexOf('》', open);
    if (close < 0) break;
    const inner = src.slice(open + 1, close);
    if (inner.includes('\n\n') || inner.includes('《')) continue;
    const target = index.get(normalizeTitle(inner));
    if (target) out.push({ range: ctx.model.text.rangeOf(open, close + 1), target, tooltip: inner });
  }
  return out;
}
