/**
 * term/before-definition — an abbreviation used in running text before the sentence that defines
 * it. A heading's title is not a sentence and may name what its articles define.
 */
import { crossReferences } from '../model/crossref';
import { lineNumberOf, q, qe, type Rule } from './rule';

export const termBeforeDefinition: Rule = {
  code: 'term/before-definition',
  severity: 'warning',
  doc: {
    zh: '简称在定义它的句子之前就已使用',
    en: 'An abbreviation used before the sentence that defines it',
    bad: '支持合作区发展。……广州穗港智造合作区（下称合作区）',
    good: '广州穗港智造合作区（下称合作区）……支持合作区发展。',
  },
  check(ctx) {
    for (const term of crossReferences(ctx.model).terms) {
      const d = term.definition;
      const line = lineNumberOf(ctx.model, d.start);
      for (const use of term.beforeDefinition) {
        ctx.report({
          start: use.start,
          end: use.end,
          message: ctx.t(`简称${q(d.name)}在第${line}行定义之前使用，此处应写全称${q(d.fullName)}`, `${qe(d.name)} is used before its definition on line ${line}; write ${qe(d.fullName)} here`),
          related: [{ start: d.nameStart, end: d.nameEnd, message: ctx.t('定义', 'Defined here') }],
          fix: { title: ctx.t(`改为全称${q(d.fullName)}`, `Write ${qe(d.fullName)}`), start: use.start, end: use.end, newText: d.fullName },
        });
      }
    }
  },
};
