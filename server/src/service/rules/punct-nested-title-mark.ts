/**
 * punct/nested-title-mark — a title inside a title in 《》 written with 《》 or <> instead of 〈〉
 * (GB/T 15834—2011 4.15.3): 《关于修改〈中华人民共和国立法法〉的决定》.
 */
import { q, qe, type Rule } from './rule';

export const punctNestedTitleMark: Rule = {
  code: 'punct/nested-title-mark',
  severity: 'warning',
  doc: {
    zh: '书名号内的书名用了《》或<>，应用〈〉',
    en: 'A title nested in 《》 written with 《》 or <> instead of 〈〉',
    bad: '《关于修改《中华人民共和国立法法》的决定》',
    good: '《关于修改〈中华人民共和国立法法〉的决定》',
  },
  check(ctx) {
    const src = ctx.model.text.text;
    const marks = ctx.model.marks;
    let m = 0;
    for (const p of ctx.model.paragraphs) {
      while (m < marks.length && marks[m] < p.start) m++;
      let depth = 0;
      let innerOpen = -1;
      for (; m < marks.length && marks[m] < p.end; m++) {
        const i = marks[m];
        const c = src.charAt(i);
        if (c === '《') {
          if (depth >= 1) innerOpen = i;
          depth++;
        } else if (c === '》' && depth > 0) {
          depth--;
          if (depth >= 1 && innerOpen >= 0) {
            report(innerOpen, i);
            innerOpen = -1;
          }
        } else if ((c === '<' || c === '＜') && depth >= 1) {
          const close = src.slice(i + 1, p.end).search(/[>＞]/);
          if (close >= 0 && close < 60) report(i, i + 1 + close);
        }
      }
    }
    function report(open: number, close: number): void {
      const inner = src.slice(open + 1, close);
      const written = src.slice(open, close + 1);
      const right = `〈${inner}〉`;
      ctx.report({
        start: open,
        end: close + 1,
        message: ctx.t(`书名号内的书名应写作${q(right)}，此处为${q(written)}`, `A title inside 《》 is written ${qe(right)}, found ${qe(written)}`),
        fix: { title: ctx.t(`改为${q(right)}`, `Change to ${qe(right)}`), start: open, end: close + 1, newText: right },
      });
    }
  },
};
