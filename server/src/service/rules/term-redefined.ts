/** term/redefined — an abbreviation defined twice; the related information points at the first definition. */
import { crossReferences } from '../model/crossref';
import { lineNumberOf, q, qe, type Rule } from './rule';

export const termRedefined: Rule = {
  code: 'term/redefined',
  severity: 'warning',
  doc: {
    zh: '同一简称重复定义',
    en: 'An abbreviation defined twice',
    bad: '广州穗港智造合作区（下称合作区）……南沙合作区（下称合作区）',
    good: '广州穗港智造合作区（下称合作区）……南沙合作区（下称南沙合作区）',
  },
  check(ctx) {
    for (const term of crossReferences(ctx.model).terms) {
      const first = term.definition;
      for (const again of term.redefinitions) {
        const line = lineNumberOf(ctx.model, first.start);
        ctx.report({
          start: again.nameStart,
          end: again.nameEnd,
          message: ctx.t(
            `简称${q(first.name)}已在第${line}行定义为${q(first.fullName)}，此处再次定义为${q(again.fullName)}`,
            `The abbreviation ${qe(first.name)} was already defined on line ${line} as ${qe(first.fullName)}; here it is defined again as ${qe(again.fullName)}`,
          ),
          related: [{ start: first.nameStart, end: first.nameEnd, message: ctx.t('首次定义', 'First defined here') }],
        });
      }
    }
  },
};
