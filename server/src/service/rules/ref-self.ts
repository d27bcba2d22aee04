/**
 * ref/self — a clause that refers to itself by number: 依照第十二条 inside 第十二条, where drafting
 * usage is 本条 (本款, 本项). The fix writes the relative form.
 */
import { crossReferences } from '../model/crossref';
import { q, qe, type Rule } from './rule';

export const refSelf: Rule = {
  code: 'ref/self',
  severity: 'warning',
  doc: {
    zh: '条文以编号引用自身（第十二条中写“第十二条”，应写“本条”）',
    en: 'A clause that refers to itself by number (第十二条 inside 第十二条, where 本条 is meant)',
    bad: '第十二条 依照第十二条的规定办理。',
    good: '第十二条 依照本条的规定办理。',
  },
  check(ctx) {
    const { references, legalSystem } = crossReferences(ctx.model);
    for (const r of references) {
      if (r.problem?.kind !== 'self') continue;
      const t = r.problem.target;
      const relative =
        t.paragraphIndex !== undefined
          ? legalSystem === 'taiwan'
            ? '本項'
            : '本款'
          : t.clause.kind === 'article'
            ? t.clause.marker?.script === 'traditional'
              ? '本條'
              : '本条'
            : legalSystem === 'taiwan'
              ? '本款'
              : '本项';
      ctx.report({
        start: r.ref.start,
        end: r.ref.end,
        message: ctx.t(`${q(r.ref.text)}引用了其所在的条文，应写作${q(relative)}`, `${qe(r.ref.text)} refers to the clause it stands in; write ${qe(relative)}`),
        fix: { title: ctx.t(`改为${q(relative)}`, `Change to ${qe(relative)}`), start: r.ref.start, end: r.ref.end, newText: relative },
      });
    }
  },
};
