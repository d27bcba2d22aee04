/**
 * numbering/single-child — a level with one item only: a part that holds a lone （一）. A level
 * exists to divide; with one item the level can go (a hint, not a mistake).
 * Regulation levels (a chapter with one article) are exempt, as are levels numbered on across
 * parents, where a part with one item is part of a longer run.
 */
import { isRegulationKind, type MarkerKind } from '../parse/markers';
import { q, qe, type Rule } from './rule';

export const numberingSingleChild: Rule = {
  code: 'numbering/single-child',
  severity: 'hint',
  doc: {
    zh: '某一层级只有一项（“一、”之下只有“（一）”）',
    en: 'A level with one item only (a lone （一） under 一、)',
    bad: '一、总体要求 （一）指导思想（无“（二）”）',
    good: '一、总体要求 （一）指导思想 （二）基本原则',
  },
  check(ctx) {
    for (const seq of ctx.model.sequences) {
      if (seq.convention !== 'restart' || seq.kind === 'inline' || seq.kind === 'step' || seq.kind === 'attachment') continue;
      if (isRegulationKind(seq.kind as MarkerKind)) continue;
      for (const group of seq.groups) {
        if (group.items.length !== 1) continue;
        const item = group.items[0];
        ctx.report({
          start: item.start,
          end: item.end,
          message: ctx.t(
            `本层只有${q(item.text)}一项，可以不设这一层级`,
            `${qe(item.text)} is the only item at its level; the level could be dropped`,
          ),
        });
      }
    }
  },
};
