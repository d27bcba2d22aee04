/**
 * Completion after 第 (or 本方案第, 本办法第): the parts, chapters, articles and items that exist,
 * with their titles, so a reference is written to something that is there.
 */
import type { Clause, DocumentModel } from '../model/document';
import { formatChineseNumber } from '../text/chineseNumber';
import { CompletionItemKind, type CompletionItem } from '../types';

const MAX_ITEMS = 300;

function short(text: string, n = 24): string {
  return text.length > n ? text.slice(0, n) + '…' : text;
}

/** How a clause is cited: 第十二条, 第十条之一, 第二部分, 第（三）项, 第5项, 第二章. */
function citation(c: Clause): string | undefined {
  if (c.number === undefined) return undefined;
  const n = formatChineseNumber(c.number);
  switch (c.kind) {
    case 'article':
      return c.marker?.script === 'traditional' ? `第${n}條${c.sub ? `之${formatChineseNumber(c.sub)}` : ''}` : `第${n}条${c.sub ? `之${formatChineseNumber(c.sub)}` : ''}`;
    case 'part':
      return `第${n}编`;
    case 'chapter':
      return `第${n}章`;
    case 'section':
      return `第${n}节`;
    case 'cn':
      return c.parent ? undefined : `第${n}部分`;
    case 'cnParen':
      return `第（${n}）项`;
    case 'num':
      return `第${c.number}项`;
    default:
      return undefined;
  }
}

export function completions(model: DocumentModel, offset: number): CompletionItem[] {
  const src = model.text.text;
  // The 第 just typed, on this line.
  const lineStart = model.text.lineStart(model.text.lineIndexAt(offset));
  const before = src.slice(lineStart, offset);
  const di = before.lastIndexOf('第');
  if (di < 0 || !/^第[一二三四五六七八九十百零〇0-9（(]*$/.test(before.slice(di))) return [];
  const from = lineStart + di;
  const range = model.text.rangeOf(from, offset);
  const items: CompletionItem[] = [];
  model.allClauses.forEach((c, i) => {
    if (items.length >= MAX_ITEMS || c.deleted) return;
    const label = citation(c);
    if (!label) return;
    items.push({
      label,
      kind: c.kind === 'article' ? CompletionItemKind.Field : CompletionItemKind.Reference,
      detail: short(c.title),
      sortText: String(i).padStart(6, '0'),
      filterText: label,
      textEdit: { range, newText: label },
    });
  });
  return items;
}
