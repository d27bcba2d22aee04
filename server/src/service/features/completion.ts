/**
 * Completion after 第 (or 本方案第, 本办法第): the parts, chapters, articles and items that exist,
 * with their titles, so a reference is written to something that is there.
 */
import type { Clause, DocumentModel } from '../model/document';
import { formatMarker, type MarkerKind } from '../parse/markers';
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

const PLAN_ORDER: readonly MarkerKind[] = ['cn', 'cnParen', 'num', 'numParen', 'circled'];

/**
 * At the start of an empty line: the next marker at each level around the cursor, numbered on
 * from what is there (四、 after 三、, （一） for a first sub-item, 第十三条 after 第十二条).
 */
function nextMarkers(model: DocumentModel, offset: number, range: ReturnType<DocumentModel['text']['rangeOf']>): CompletionItem[] {
  let inner: Clause | undefined;
  for (const c of model.allClauses) {
    if (c.start >= offset) break;
    inner = c;
  }
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (kind: MarkerKind, n: number, like: Clause | undefined, detail: string, sort: number) => {
    const label = formatMarker(kind, n, undefined, like?.marker);
    if (seen.has(label)) return;
    seen.add(label);
    items.push({ label, kind: CompletionItemKind.EnumMember, detail, sortText: String(sort).padStart(3, '0'), textEdit: { range, newText: label }, filterText: label });
  };
  // The next sibling at each level from the innermost clause outwards.
  let sort = 0;
  for (let c = inner; c; c = c.parent) {
    if (c.marker && c.number !== undefined && c.sub === undefined) {
      const siblings = c.parent ? c.parent.children : model.clauses;
      const last = siblings.filter((x) => x.kind === c.kind).pop();
      const seq = model.sequences.find((x) => x.kind === c.kind);
      const next = (last?.number ?? c.number) + 1;
      const continuous = seq?.convention === 'continuous';
      add(c.kind as MarkerKind, continuous ? Math.max(next, maxNumber(model, c.kind) + 1) : next, c, '下一项 · next item', sort++);
    }
  }
  // A first child one level below the innermost plan-level clause.
  if (inner?.marker) {
    const kind = inner.kind as MarkerKind;
    const below = kind === 'article' || kind === 'chapter' || kind === 'section' ? 'cnParen' : PLAN_ORDER[PLAN_ORDER.indexOf(kind) + 1];
    if (below && inner.children.filter((x) => x.kind === below).length === 0) {
      const seq = model.sequences.find((x) => x.kind === below);
      const n = seq?.convention === 'continuous' ? maxNumber(model, below) + 1 : 1;
      add(below, n, model.allClauses.find((x) => x.kind === below), '下一级第一项 · first sub-item', sort++);
    }
  }
  if (!inner) add('cn', 1, undefined, '第一部分 · first part', sort++);
  return items;
}

function maxNumber(model: DocumentModel, kind: Clause['kind']): number {
  let max = 0;
  for (const c of model.allClauses) if (c.kind === kind && c.number !== undefined) max = Math.max(max, c.number);
  return max;
}

export function completions(model: DocumentModel, offset: number): CompletionItem[] {
  const src = model.text.text;
  const lineIndex = model.text.lineIndexAt(offset);
  const lineStartOffset = model.text.lineStart(lineIndex);
  if (/^[ \t\u3000]*$/.test(src.slice(lineStartOffset, offset)) && model.text.lineEnd(lineIndex) === offset) {
    return nextMarkers(model, offset, model.text.rangeOf(offset, offset));
  }
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
