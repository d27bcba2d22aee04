/**
 * Judging the numbers of every sequence once; the numbering rules each report their own kind of
 * problem from this one analysis.
 *
 * After a wrong number the analysis decides which number the drafter meant so that one mistake
 * yields one diagnostic: in 一 二 二 四 the second 二 is taken as 三 (四 follows it), in
 * 一 二 二 三 the repeated 二 is reported and 三 is fine.
 */
import type { DocumentModel, Sequence, SequenceGroup, SequenceItem } from './document';

export type NumberingProblemType = 'gap' | 'duplicate' | 'order' | 'start';

export interface NumberingProblem {
  readonly type: NumberingProblemType;
  readonly sequence: Sequence;
  readonly group: SequenceGroup;
  readonly item: SequenceItem;
  /** The number that belongs here. */
  readonly expected: number;
  readonly expectedSub?: number;
  /** The earlier item this one repeats or falls behind. */
  readonly previous?: SequenceItem;
  /** True when the level runs on across parents and this group went back to 1 instead. */
  readonly continuation?: boolean;
}

const cache = new WeakMap<DocumentModel, NumberingProblem[]>();

export function numberingProblems(model: DocumentModel): readonly NumberingProblem[] {
  let problems = cache.get(model);
  if (!problems) {
    problems = [];
    for (const seq of model.sequences) analyzeSequence(seq, problems);
    cache.set(model, problems);
  }
  return problems;
}

function isInline(seq: Sequence): boolean {
  return seq.kind === 'inline' || seq.kind === 'step';
}

export function analyzeSequence(seq: Sequence, out: NumberingProblem[]): void {
  let chosen = 0;
  let chosenSub = 0;
  let previous: SequenceItem | undefined;
  const seen = new Map<number, SequenceItem>();
  for (let gi = 0; gi < seq.groups.length; gi++) {
    const group = seq.groups[gi];
    const items = group.items;
    // A lone 二是 after other text is not a list; judge inline runs of two or more, or from 一.
    if (isInline(seq) && items.length < 2 && items[0]?.number !== 1) continue;
    if (!group.continues) {
      chosen = 0;
      previous = undefined;
      seen.clear();
    }
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const report = (type: NumberingProblemType, expected: number, extra: Partial<NumberingProblem> = {}) =>
        out.push({ type, sequence: seq, group, item, expected, ...extra });

      if (item.sub !== undefined) {
        // 第十条之一 follows 第十条 (or 第十条之一 … of the same article).
        if (item.number !== chosen) {
          report(item.number < chosen ? 'order' : 'gap', chosen, { expectedSub: chosenSub + 1, previous });
        } else if (item.sub === chosenSub) {
          report('duplicate', chosen, { expectedSub: chosenSub + 1, previous });
        } else if (item.sub > chosenSub + 1) {
          report('gap', chosen, { expectedSub: chosenSub + 1, previous });
        } else if (item.sub < chosenSub) {
          report('order', chosen, { expectedSub: chosenSub + 1, previous });
        }
        chosenSub = Math.max(chosenSub, item.sub);
        previous = item;
        continue;
      }

      const expected = chosen + 1;
      const actual = item.number;
      const firstOfGroup = i === 0;
      if (actual === expected) {
        chosen = actual;
      } else if (firstOfGroup && !group.continues) {
        report('start', 1);
        chosen = actual;
      } else if (firstOfGroup && group.continues && actual === 1) {
        report('order', expected, { previous, continuation: true });
        chosen = actual;
      } else if (actual > expected) {
        report('gap', expected, { previous });
        chosen = actual;
      } else {
        const earlier = seen.get(actual) ?? previous;
        report(previous && actual === previous.number ? 'duplicate' : 'order', expected, { previous: earlier });
        const next = items[i + 1];
        chosen = next && next.sub === undefined && next.number === expected + 1 ? expected : actual;
      }
      chosenSub = 0;
      if (!seen.has(actual)) seen.set(actual, item);
      previous = item;
    }
  }
}
