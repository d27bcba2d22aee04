/**
 * numbering/gap — a number skipped at a level: 一、 then 三、; 5. then 7.; 一是 then 三是.
 *
 * Judged by the level's own convention (restarting under each parent, or running on across
 * parents), so 4. after 3. under the next （二） is not a gap in a plan that numbers 1.…13. through.
 */
import { numberingProblems } from '../model/numbering';
import { expectedText, obviousFix } from './numberingMessages';
import { q, qe, type Rule } from './rule';

export const numberingGap: Rule = {
  code: 'numbering/gap',
  severity: 'error',
  doc: {
    zh: '同一层级的编号跳号（一、之后是三、）',
    en: 'A number skipped at a level (一、 followed by 三、)',
    bad: '一、总体要求 … 三、保障措施',
    good: '一、总体要求 … 二、保障措施',
  },
  check(ctx) {
    for (const p of numberingProblems(ctx.model)) {
      if (p.type !== 'gap') continue;
      const expected = expectedText(p);
      let missingZh = q(expected);
      let missingEn = qe(expected);
      if (p.expectedSub === undefined && p.item.number - p.expected > 1) {
        const last = p.sequence.format(p.item.number - 1);
        missingZh = `${q(expected)}至${q(last)}`;
        missingEn = `${qe(expected)} to ${qe(last)}`;
      }
      ctx.report({
        start: p.item.start,
        end: p.item.end,
        message: ctx.t(
          `编号不连续：应为${q(expected)}，此处为${q(p.item.text)}（缺少${missingZh}）`,
          `Numbering skips: expected ${qe(expected)}, found ${qe(p.item.text)} (${missingEn} missing)`,
        ),
        fix: obviousFix(ctx, p),
      });
    }
  },
};
