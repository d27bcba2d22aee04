/**
 * punct/unbalanced — “” ‘’ （） 《》 〔〕 【】 that do not pair up within a paragraph.
 *
 * A paragraph is a block between blank lines, so a title broken across lines by PDF extraction
 * (《……实施方案\n》) pairs up; a block broken by a page break mid-sentence is one paragraph too.
 */
import { q, qe, type Rule } from './rule';

/** The closer of an opener (“ → ”), or 0. A switch: this runs on every character of the text. */
function closerOf(c: number): number {
  switch (c) {
    case 0x201c: return 0x201d; // “ ”
    case 0x2018: return 0x2019; // ‘ ’
    case 0xff08: return 0xff09; // （ ）
    case 0x300a: return 0x300b; // 《 》
    case 0x3014: return 0x3015; // 〔 〕
    case 0x3010: return 0x3011; // 【 】
    default: return 0;
  }
}

/** The opener of a closer (” → “), or 0. */
function openerOf(c: number): number {
  switch (c) {
    case 0x201d: return 0x201c;
    case 0x2019: return 0x2018;
    case 0xff09: return 0xff08;
    case 0x300b: return 0x300a;
    case 0x3015: return 0x3014;
    case 0x3011: return 0x3010;
    default: return 0;
  }
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const punctUnbalanced: Rule = {
  code: 'punct/unbalanced',
  severity: 'warning',
  doc: {
    zh: '段落内“” ‘’ （） 《》 〔〕 【】不成对',
    en: 'Quotes or brackets “” ‘’ （） 《》 〔〕 【】 that do not pair up within a paragraph',
    bad: '贯彻落实《粤港澳大湾区发展规划纲要战略部署。',
    good: '贯彻落实《粤港澳大湾区发展规划纲要》战略部署。',
  },
  check(ctx) {
    const src = ctx.model.text.text;
    const marks = ctx.model.marks;
    const stack: number[] = [];
    let m = 0;
    for (const p of ctx.model.paragraphs) {
      while (m < marks.length && marks[m] < p.start) m++;
      if (m >= marks.length || marks[m] >= p.end) continue;
      stack.length = 0;
      const unmatched: Array<{ at: number; closer: boolean }> = [];
      for (; m < marks.length && marks[m] < p.end; m++) {
        const i = marks[m];
        const c = src.charCodeAt(i);
        if (closerOf(c) !== 0) {
          stack.push(i);
          continue;
        }
        const opener = openerOf(c);
        if (opener === 0) continue;
        // ’ between Latin letters is an apostrophe (don’t), not a quote.
        if (c === 0x2019 && isLatinLetter(src.charCodeAt(i - 1)) && isLatinLetter(src.charCodeAt(i + 1))) continue;
        let k = stack.length - 1;
        while (k >= 0 && src.charCodeAt(stack[k]) !== opener) k--;
        if (k < 0) {
          unmatched.push({ at: i, closer: true });
          continue;
        }
        // Openers above the match were never closed: “（” closes “ and leaves （ open.
        for (let x = k + 1; x < stack.length; x++) unmatched.push({ at: stack[x], closer: false });
        stack.length = k;
      }
      for (const at of stack) unmatched.push({ at, closer: false });
      unmatched.sort((a, b) => a.at - b.at);
      for (const u of unmatched) {
        const ch = src.charAt(u.at);
        const partner = String.fromCharCode(u.closer ? openerOf(src.charCodeAt(u.at)) : closerOf(src.charCodeAt(u.at)));
        ctx.report({
          start: u.at,
          end: u.at + 1,
          message: u.closer
            ? ctx.t(`${q(ch)}没有对应的${q(partner)}（同一段落内）`, `${qe(ch)} has no matching ${qe(partner)} in this paragraph`)
            : ctx.t(`${q(ch)}没有对应的${q(partner)}（同一段落内）`, `${qe(ch)} is not closed by ${qe(partner)} in this paragraph`),
        });
      }
    }
  },
};
