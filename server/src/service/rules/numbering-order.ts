/**
 * numbering/order — a number that goes backwards: 三、 after 四、; and, in a level numbered on
 * across parents, a group that starts from 1 again.
 */
import { numberingProblems } from '../model/numbering';
import { expectedText, obviousFix, previousAt } from './numberingMessages';
import { q, qe, type Rule } from './rule';

export const numberingOrder: Rule = {
  code: 'numbering/order',
  severity: 'error',
  doc: {
    zh: '编号倒退（四、之后是三、）；跨上级连续编号的层级重新从1起编',
    en: 'A number that goes backwards (三、 after 四、), or a level numbered across parents that starts again from 1',
    bad: '四、组织实施 … 三、保障措施',
    good: '四、组织实施 … 五、保障措施',
  },
  check(ctx) {
    for (const p of numberingProblems(ctx.model)) {
      if (p.type !== 'order') continue;
      const expected = expectedText(p);
      const message = p.continuation
        ? ctx.t(
            `本层编号跨上级连续编排：应为${q(expected)}，此处为${q(p.item.text)}`,
            `This level is numbered on across its parents: expected ${qe(expected)}, found ${qe(p.item.text)}`,
          )
        : ctx.t(
            `编号倒退：应为${q(expected)}，此处为${q(p.item.text)}`,
            `Numbering goes backwards: expected ${qe(expected)}, found ${qe(p.item.text)}`,
          );
      ctx.report({
        start: p.item.start,
        end: p.item.end,
        message,
        fix: obviousFix(ctx, p),
        related: previousAt(ctx, p, '前一编号', 'Previous number'),
      });
    }
  },
};
