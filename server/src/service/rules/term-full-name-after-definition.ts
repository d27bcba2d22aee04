/**
 * term/full-name-after-definition — the full name written again after its abbreviation was
 * defined (a hint: once 广州穗港智造合作区 is 合作区, the text says 合作区). Names inside a title in
 * 《》 are part of that title and are left alone.
 */
import { crossReferences } from '../model/crossref';
import { q, qe, type Rule } from './rule';

export const termFullNameAfterDefinition: Rule = {
  code: 'term/full-name-after-definition',
  severity: 'hint',
  doc: {
    zh: '定义简称后又写了全称',
    en: 'The full name written again after its abbreviation was defined',
    bad: '广州穗港智造合作区（下称合作区）……支持广州穗港智造合作区发展。',
    good: '广州穗港智造合作区（下称合作区）……支持合作区发展。',
  },
  check(ctx) {
    for (const term of crossReferences(ctx.model).terms) {
      const d = term.definition;
      for (const use of term.fullNameUses) {
        ctx.report({
          start: use.start,
          end: use.end,
          message: ctx.t(`已定义简称${q(d.name)}，此处可写作简称`, `${qe(d.name)} has been defined for this name; the abbreviation can be used here`),
          fix: { title: ctx.t(`改为${q(d.name)}`, `Change to ${qe(d.name)}`), start: use.start, end: use.end, newText: d.name.replace(/^《|》$/g, '') },
        });
      }
    }
  },
};
