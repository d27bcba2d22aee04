/** Shared pieces of the numbering rules' messages and fixes. */
import type { NumberingProblem } from '../model/numbering';
import { lineNumberOf, q, qe, type RuleContext, type RuleFinding } from './rule';

/** The marker that belongs where `problem` is, as the drafter would type it. */
export function expectedText(problem: NumberingProblem): string {
  return problem.sequence.format(problem.expected, problem.expectedSub);
}

/**
 * A fix is obvious when the wrong number is a slip: the item after it goes on from the expected
 * number (or there is none). Otherwise the drafter may have left an item out, and renumbering the
 * whole level is the decision to make, not this one marker.
 */
export function obviousFix(ctx: RuleContext, problem: NumberingProblem): RuleFinding['fix'] {
  const items = problem.group.items;
  const i = items.indexOf(problem.item);
  const next = items[i + 1];
  if (problem.expectedSub !== undefined) return undefined;
  if (next && !(next.sub === undefined && next.number === problem.expected + 1)) return undefined;
  const newText = expectedText(problem);
  return {
    title: ctx.t(`改为${q(newText)}`, `Change to ${qe(newText)}`),
    start: problem.item.start,
    end: problem.item.end,
    newText,
  };
}

export function previousAt(ctx: RuleContext, problem: NumberingProblem, zh: string, en: string): RuleFinding['related'] {
  const prev = problem.previous;
  if (!prev) return undefined;
  void lineNumberOf;
  return [{ start: prev.start, end: prev.end, message: ctx.t(zh, en) }];
}
