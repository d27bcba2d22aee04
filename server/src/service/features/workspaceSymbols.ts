import type { DocumentModel } from '../model/document';
import type { SymbolInformation } from '../types';
import { clauseLabel, symbolKindOf } from './outline';

/**
 * Clauses of the given documents whose label contains the query's characters in order (the
 * fuzzy match editors use for symbol search), so 保障 finds “三、保障措施”.
 */
export function workspaceSymbols(documents: Iterable<{ uri: string; model: DocumentModel }>, query: string, limit = 500): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const q = query.trim().toLowerCase();
  for (const { uri, model } of documents) {
    for (const clause of model.allClauses) {
      const name = clauseLabel(clause);
      if (q && !fuzzyContains(name.toLowerCase(), q)) continue;
      out.push({
        name,
        kind: symbolKindOf(clause.kind),
        location: { uri, range: model.text.rangeOf(clause.start, Math.max(clause.titleEnd, clause.start)) },
        containerName: clause.parent ? clauseLabel(clause.parent) : undefined,
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function fuzzyContains(haystack: string, needle: string): boolean {
  let j = 0;
  for (let i = 0; i < haystack.length && j < needle.length; i++) if (haystack[i] === needle[j]) j++;
  return j === needle.length;
}
