/**
 * numbering/start — a restarting sequence that does not start at 一 / 1: the first （X） under a
 * part is （二）; 二是 opens an inline list.
 */
import { numberingProblems } from '../model/numbering';
import { expectedText, obviousFix } from './numberingMessages';
import { q, qe, type Rule } from './rule';

export const numberingStart: Rule = {
  code: 'numbering/start',
  severity: 'warning',
  doc: {
    zh: '重新起编的序列没有从“一”或“1”开始',
    en: 'A restarting sequence that does not start at 一 / 1',
    bad: '一、总体要求（第一项为“（二）指导思想”）',
    good: '一、总体要求（第一项为“（一）指导思想”）',
  },
  check(ctx) {
    for (const p of numberingProblems(ctx.model)) {
      if (p.type !== 'start') continue;
      const expected = expectedText(p);
      const message =
        p.group.continues === false && p.sequence.convention === 'restart' && p.sequence.groups.indexOf(p.group) > 0
          ? ctx.t(
              `本层编号在每个上级下重新起编：应为${q(expected)}，此处为${q(p.item.text)}`,
              `This level restarts under each parent: expected ${qe(expected)}, found ${qe(p.item.text)}`,
            )
          : ctx.t(
              `编号应从${q(expected)}开始，此处为${q(p.item.text)}`,
              `Numbering should start at ${qe(expected)}, found ${qe(p.item.text)}`,
            );
      ctx.report({ start: p.item.start, end: p.item.end, message, fix: obviousFix(ctx, p) });
    }
  },
};
