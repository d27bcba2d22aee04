/**
 * numbering/level-skip — a level nested straight under one the document's own hierarchy puts two
 * levels higher (1. directly under 一、 in a document that uses （一） elsewhere), or a higher level
 * held by a lower one (（一） holding 一、). GB/T 15834—2011 B.3.8: choose a level to start from,
 * then go down the levels in order and do not come back up to a higher one.
 *
 * Regulation levels are exempt: a chapter may hold articles with or without sections, and an
 * article may hold （一） items directly.
 */
import { formatMarker } from '../parse/markers';
import type { MarkerKind } from '../parse/markers';
import { q, qe, type Rule } from './rule';

const example = (kind: MarkerKind) => formatMarker(kind, 1);

export const numberingLevelSkip: Rule = {
  code: 'numbering/level-skip',
  severity: 'warning',
  doc: {
    zh: '层级跳跃（本文使用“（一）”，却把“1.”直接放在“一、”之下）或层级倒置（“（一）”之下出现“一、”）',
    en: 'A level skipped (1. directly under 一、 where the document uses （一）) or inverted (一、 under （一）)',
    bad: '一、总体要求 1.指导思想（本文其他处用“（一）”）',
    good: '一、总体要求 （一）指导思想',
  },
  check(ctx) {
    const reportedParents = new Set<number>();
    for (const clause of ctx.model.allClauses) {
      const problem = clause.levelProblem;
      if (!problem || !clause.marker) continue;
      // One report per parent: the first child shows the problem, the rest repeat it.
      const key = clause.parent ? clause.parent.id : -1;
      if (reportedParents.has(key)) continue;
      reportedParents.add(key);
      const child = example(clause.kind as MarkerKind);
      const parent = example(problem.parentKind);
      const message =
        problem.type === 'skip'
          ? ctx.t(
              `层级跳跃：${q(child)}级直接位于${q(parent)}级之下，本文其他处以${q(example(problem.missing!))}级作为中间层级`,
              `Level skipped: a ${qe(child)} item directly under a ${qe(parent)} item; elsewhere this document puts a ${qe(example(problem.missing!))} level between them`,
            )
          : ctx.t(
              `层级倒置：${q(child)}级高于${q(parent)}级，不应位于其下（GB/T 15834—2011 B.3.8）`,
              `Levels inverted: ${qe(child)} is a higher level than ${qe(parent)} and should not stand under it (GB/T 15834-2011 B.3.8)`,
            );
      ctx.report({ start: clause.marker.start, end: clause.marker.end, message });
    }
  },
};
