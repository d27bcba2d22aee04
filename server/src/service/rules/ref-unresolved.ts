/**
 * ref/unresolved — a reference to a part, chapter, article, paragraph or item this document does
 * not have, or to an article that has been deleted (第一百九十九条 （删去）). The message names the
 * nearest target that exists. References to other documents (《行政许可法》第十二条, 专利法第二十四条)
 * are not judged.
 */
import { crossReferences, targetLabel } from '../model/crossref';
import { q, qe, type Rule } from './rule';

export const refUnresolved: Rule = {
  code: 'ref/unresolved',
  severity: 'error',
  doc: {
    zh: '引用的部分、章、条、款、项在本文中不存在或已删去',
    en: 'A reference to a part, chapter, article, paragraph or item that this document does not have, or that was deleted',
    bad: '依照本办法第九十九条的规定（本办法共三十条）',
    good: '依照本办法第十九条的规定',
  },
  check(ctx) {
    const { references, legalSystem } = crossReferences(ctx.model);
    const src = ctx.model.text.text;
    for (const r of references) {
      const p = r.problem;
      if (!p || p.kind === 'self') continue;
      if (p.kind === 'deleted') {
        const label = targetLabel(p.target, legalSystem);
        ctx.report({
          start: r.ref.start,
          end: r.ref.end,
          message: ctx.t(`引用的${q(label)}已删去`, `${qe(label)} has been deleted from the text`),
          related: [{ start: p.target.start, end: p.target.end, message: ctx.t('已删去的条文', 'The deleted article') }],
        });
        continue;
      }
      // 第二十三条第一款、第二款: the second names 第二十三条第二款.
      const written = r.ref.components.slice(0, r.ref.inherited).map((c) => src.slice(c.start, c.end)).join('') + r.ref.text;
      const nearest = p.nearest ? targetLabel(p.nearest, legalSystem) : undefined;
      const title = p.nearest && p.nearest.paragraphIndex === undefined && p.nearest.clause.kind !== 'article' ? p.nearest.clause.title : '';
      const shown = nearest ? `${nearest}${title ? title : ''}` : undefined;
      ctx.report({
        start: r.ref.start,
        end: r.ref.end,
        message: shown
          ? ctx.t(`引用的${q(written)}在本文中不存在，最接近的是${q(shown)}`, `${qe(written)} does not exist in this document; the nearest is ${qe(shown)}`)
          : ctx.t(`引用的${q(written)}在本文中不存在`, `${qe(written)} does not exist in this document`),
        related: p.nearest ? [{ start: p.nearest.start, end: p.nearest.start, message: ctx.t('最接近的条文', 'The nearest target') }] : undefined,
      });
    }
  },
};
