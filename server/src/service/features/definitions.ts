/**
 * Go to definition: from a reference to the clause it cites (in this document, or in the workspace
 * document it names by title); from an abbreviation to its definition; from 《title》 to the
 * document with that title.
 */
import type { Location } from '../types';
import { locate } from './locate';
import { resolveExternal, targetLocation, type NavigationContext } from './navigation';
import { findByTitle } from './workspace';

export function definitions(ctx: NavigationContext, offset: number): Location[] {
  const { model, uri } = ctx;
  const at = locate(model, offset);
  if (!at) return [];
  switch (at.kind) {
    case 'reference': {
      const r = at.reference;
      if (!r.external) return r.targets.map((t) => targetLocation(uri, model, t));
      const ext = resolveExternal(ctx, r);
      if (!ext) return [];
      if (ext.targets && ext.targets.length > 0) return ext.targets.map((t) => targetLocation(ext.match.uri, ext.match.model, t));
      return [{ uri: ext.match.uri, range: ext.match.model.text.rangeOf(ext.match.start, ext.match.end) }];
    }
    case 'term': {
      const d = at.term.definition;
      return [{ uri, range: model.text.rangeOf(d.fullNameStart, d.end) }];
    }
    case 'title': {
      const match = findByTitle(at.title, ctx.workspace, ctx.modelOf, uri);
      return match ? [{ uri: match.uri, range: match.model.text.rangeOf(match.start, match.end) }] : [];
    }
    case 'heading':
      return [];
  }
}
