/** numbering/duplicate — the same number twice in a row in one sequence: 二、 二、. */
import { numberingProblems } from '../model/numbering';
import { expectedText, obviousFix, previousAt } from './numberingMessages';
import { lineNumberOf, q, qe, type Rule } from './rule';

export const numberingDuplicate: Rule = {
  code: 'numbering/duplicate',
  severity: 'error',
  doc: {
    zh: '同一序列中编号重复（二、之后又是二、）',
    en: 'The same number twice in one sequence (二、 twice)',
    bad: '二、主要任务 … 二、保障措施',
    good: '二、主要任务 … 三、保障措施',
  },
  check(ctx) {
    for (const p of numberingProblems(ctx.model)) {
      if (p.type !== 'duplicate') continue;
      const expected = expectedText(p);
      const line = p.previous ? lineNumberOf(ctx.model, p.previous.start) : 0;
      ctx.report({
        start: p.item.start,
        end: p.item.end,
        message: ctx.t(
          `编号重复：${q(p.item.text)}已在第${line}行使用，应为${q(expected)}`,
          `Duplicate number: ${qe(p.item.text)} is already used on line ${line}; expected ${qe(expected)}`,
        ),
        fix: obviousFix(ctx, p),
        related: previousAt(ctx, p, '首次使用', 'First used here'),
      });
    }
  },
};
