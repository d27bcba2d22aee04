/**
 * Sequences: the numbered items of one level, grouped by parent, with the numbering convention
 * the document uses for that level.
 *
 * A level may restart under each parent (the default) or run on across parents (the corpus plan
 * numbers 1.…13. across （一）…（四）; the opinion numbers （一）…（六十六） across eleven parts). The
 * convention is inferred level by level from how each group begins relative to the group before
 * it, separately for neighbouring groups under the same grandparent and across grandparents, so a
 * document that numbers 1. on within each part but from 1 again in the next part is understood too.
 */
import { formatChineseNumber } from '../text/chineseNumber';
import { MARKER_KINDS, formatMarker, type MarkerKind } from '../parse/markers';
import type { Clause, DocumentModel, InlineItem, Sequence, SequenceGroup, SequenceItem } from './document';

export type Convention = 'auto' | 'restart' | 'continuous';

export interface NumberingOptions {
  /** Convention per level; keys are kinds (`cnParen`) or example markers (`（一）`). */
  convention?: Readonly<Record<string, Convention>>;
}

const KIND_BY_EXAMPLE: Readonly<Record<string, MarkerKind>> = {
  '第一编': 'part',
  '第一章': 'chapter',
  '第一节': 'section',
  '第一条': 'article',
  '一、': 'cn',
  '（一）': 'cnParen',
  '1.': 'num',
  '（1）': 'numParen',
  '①': 'circled',
};

export function conventionFor(options: NumberingOptions | undefined, kind: MarkerKind): Convention {
  const table = options?.convention;
  if (!table) return 'auto';
  for (const [key, value] of Object.entries(table)) {
    if (key === kind || KIND_BY_EXAMPLE[key] === kind) return value;
  }
  return 'auto';
}

export function buildSequences(model: DocumentModel, options?: NumberingOptions): Sequence[] {
  const sequences: Sequence[] = [];
  for (const kind of MARKER_KINDS) {
    const seq = levelSequence(model, kind, conventionFor(options, kind));
    if (seq) sequences.push(seq);
  }
  sequences.push(...inlineSequences(model, 'inline'), ...inlineSequences(model, 'step'));
  for (const note of model.preamble.attachments) {
    if (note.items.length === 0) continue;
    sequences.push({
      kind: 'attachment',
      groups: [{ items: note.items, continues: false }],
      convention: 'restart',
      format: (n) => `${n}.`,
    });
  }
  return sequences;
}

function levelSequence(model: DocumentModel, kind: MarkerKind, configured: Convention): Sequence | undefined {
  // Groups: the items of one parent, split where the parent's own text stands between two runs
  // (an article whose second 款 lists （一）（二） again).
  const groups: SequenceGroup[] = [];
  const open = new Map<Clause | undefined, { group: SequenceGroup; last: Clause }>();
  let like: Clause | undefined;
  for (const clause of model.allClauses) {
    if (clause.kind !== kind || !clause.marker) continue;
    like ??= clause;
    const parent = clause.parent;
    let run = open.get(parent);
    if (!run || (parent && textBetween(parent, run.last, clause))) {
      run = { group: { items: [], continues: false, parent }, last: clause };
      groups.push(run.group);
      open.set(parent, run);
    }
    run.last = clause;
    run.group.items.push({
      number: clause.marker.number,
      sub: clause.marker.sub,
      start: clause.marker.start,
      end: clause.marker.end,
      text: clause.marker.text,
      marker: clause.marker,
      clause,
    });
  }
  if (!like) return undefined;

  const within = { cont: 0, restart: 0 };
  const across = { cont: 0, restart: 0 };
  const tiers: Array<typeof within> = [];
  for (let g = 1; g < groups.length; g++) {
    const prev = groups[g - 1];
    const cur = groups[g];
    const tier = grandparent(prev) === grandparent(cur) ? within : across;
    tiers.push(tier);
    const last = lastBase(prev.items);
    const first = cur.items[0].number;
    if (first === last + 1) tier.cont++;
    else if (first === 1) tier.restart++;
  }
  const decide = (t: typeof within): boolean | undefined => (t.cont + t.restart === 0 ? undefined : t.cont > t.restart);
  let withinCont = decide(within);
  let acrossCont = decide(across);
  withinCont ??= acrossCont ?? false;
  acrossCont ??= withinCont;
  if (configured !== 'auto') withinCont = acrossCont = configured === 'continuous';
  for (let g = 1; g < groups.length; g++) groups[g].continues = tiers[g - 1] === within ? withinCont : acrossCont;

  const marker = like.marker!;
  return {
    kind,
    groups,
    convention: withinCont ? 'continuous' : 'restart',
    format: (n, sub) => formatMarker(kind, n, sub, marker),
  };
}

/** Whether a paragraph of the parent's own body lies between two of its children. */
function textBetween(parent: Clause, a: Clause, b: Clause): boolean {
  for (const p of parent.paragraphs) if (p.start > a.start && p.start < b.start) return true;
  return false;
}

function grandparent(group: SequenceGroup): Clause | undefined {
  return group.parent?.parent;
}

function lastBase(items: readonly SequenceItem[]): number {
  return items[items.length - 1].number;
}

/** Inline lists and steps: one group per run that starts at 一, within one clause's own body. */
function inlineSequences(model: DocumentModel, kind: InlineItem['kind']): Sequence[] {
  const groups: SequenceGroup[] = [];
  let current: SequenceItem[] | undefined;
  let scope: unknown;
  for (const item of model.inlineItems) {
    if (item.kind !== kind) continue;
    const itemScope = model.clauseOfParagraph(item.paragraph) ?? item.paragraph;
    if (!current || item.number === 1 || itemScope !== scope) {
      current = [];
      groups.push({ items: current, continues: false });
      scope = itemScope;
    }
    current.push({ number: item.number, start: item.start, end: item.end, text: item.text });
  }
  if (groups.length === 0) return [];
  const format = kind === 'inline' ? (n: number) => `${formatChineseNumber(n)}是` : (n: number) => `第${formatChineseNumber(n)}步`;
  return [{ kind, groups, convention: 'restart', format }];
}
