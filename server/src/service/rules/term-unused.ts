/** term/unused — an abbreviation defined and never used afterwards. */
import { crossReferences } from '../model/crossref';
import { q, qe, type Rule } from './rule';

export const termUnused: Rule = {
  code: 'term/unused',
  severity: 'warning',
  doc: {
    zh: '定义了简称但此后从未使用',
    en: 'An abbreviation defined and never used afterwards',
    bad: '设立广州穗港智造合作区（下称合作区）。（全文再未出现“合作区”）',
    good: '设立广州穗港智造合作区。',
  },
  check(ctx) {
    for (const term of crossReferences(ctx.model).terms) {
      const d = term.definition;
      if (term.uses.some((u) => u.start > d.end)) continue;
      ctx.report({
        start: d.nameStart,
        end: d.nameEnd,
        message: ctx.t(`简称${q(d.name)}定义后未再使用`, `The abbreviation ${qe(d.name)} is defined but never used afterwards`),
      });
    }
  },
};
