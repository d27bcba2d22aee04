/**
 * numbering/count-mismatch — an announced count that differs from the items that follow it:
 * 包括三个部分： followed by four —— items; 在以下八个方面发力： followed by 一是…七是.
 */
import { formatChineseNumber } from '../text/chineseNumber';
import { q, qe, type Rule } from './rule';

export const numberingCountMismatch: Rule = {
  code: 'numbering/count-mismatch',
  severity: 'warning',
  doc: {
    zh: '预告的项数与其后列出的项数不一致（“包括三个部分：”之后列出四项）',
    en: 'An announced count that differs from the items that follow (包括三个部分： then four items)',
    bad: '包括三个部分：——甲。——乙。',
    good: '包括两个部分：——甲。——乙。',
  },
  check(ctx) {
    for (const count of ctx.model.counts) {
      const following = count.following;
      if (!following || following.count === count.count) continue;
      ctx.report({
        start: count.start,
        end: count.end,
        message: ctx.t(
          `预告${q(count.text)}共${formatChineseNumber(count.count)}项，其后列出${formatChineseNumber(following.count)}项`,
          `${qe(count.text)} announces ${count.count} items, but ${following.count} follow`,
        ),
        related: [{ start: following.start, end: following.end, message: ctx.t('其后列出的各项', 'The items that follow') }],
      });
    }
  },
};
