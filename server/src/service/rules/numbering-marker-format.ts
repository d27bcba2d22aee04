/**
 * numbering/marker-format — a marker written in a form GB/T 15834—2011 B.3 and GB/T 9704—2012
 * 7.3.3 do not allow: 1、 一. 一， （一）、 (一) 1) （1）. ①、, half-width brackets, a full-width
 * １． or 1．, punctuation after 第一条.
 */
import type { Marker } from '../parse/markers';
import { q, qe, type Rule } from './rule';

function why(marker: Marker): { zh: string; en: string } {
  switch (marker.kind) {
    case 'cn':
      return { zh: 'B.3.2：不带括号的汉字数字序次语后用顿号', en: 'B.3.2: a Chinese numeral without brackets takes 、' };
    case 'num':
      return { zh: 'B.3.3：不带括号的阿拉伯数字序次语后用下脚点（半角“.”）', en: 'B.3.3: an Arabic numeral without brackets takes a half-width full stop' };
    case 'cnParen':
    case 'numParen':
      return { zh: 'B.3.4：加括号的序次语用全角括号，后面不用任何点号', en: 'B.3.4: a bracketed marker uses full-width brackets and takes no punctuation' };
    case 'circled':
      return { zh: 'B.3.4：带圈序次语后不用任何点号', en: 'B.3.4: a circled numeral takes no punctuation' };
    default:
      return { zh: 'B.3.6：章节、条款序次语后宜用空格', en: 'B.3.6: chapter and article markers are followed by a space' };
  }
}

export const numberingMarkerFormat: Rule = {
  code: 'numbering/marker-format',
  severity: 'warning',
  doc: {
    zh: '序次语写法不符合 GB/T 15834 B.3 / GB/T 9704（1、 一. (一) （一）、 1) 全角１．等）',
    en: 'A marker written against GB/T 15834 B.3 / GB/T 9704 (1、 一. (一) （一）、 1) full-width １．)',
    bad: '(十六) 打造高水平科技创新载体和平台。',
    good: '（十六）打造高水平科技创新载体和平台。',
  },
  check(ctx) {
    for (const clause of ctx.model.allClauses) {
      const m = clause.marker;
      if (!m || m.wellFormed) continue;
      const written = ctx.model.text.text.slice(m.start, m.fixEnd);
      const reason = why(m);
      ctx.report({
        start: m.start,
        end: m.fixEnd,
        message: ctx.t(
          `序次语格式不规范：应为${q(m.canonical)}，此处为${q(written)}（GB/T 15834—2011 ${reason.zh}）`,
          `Marker format: expected ${qe(m.canonical)}, found ${qe(written)} (GB/T 15834-2011 ${reason.en})`,
        ),
        fix: { title: ctx.t(`改为${q(m.canonical)}`, `Change to ${qe(m.canonical)}`), start: m.start, end: m.fixEnd, newText: m.canonical },
      });
    }
  },
};
