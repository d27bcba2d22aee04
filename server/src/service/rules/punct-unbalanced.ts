/**
 * punct/unbalanced — “” ‘’ （） 《》 〔〕 【】 that do not pair up within a paragraph.
 *
 * A paragraph is a block between blank lines, so a title broken across lines by PDF extraction
 * (《……实施方案\n》) pairs up; a block broken by a page break mid-sentence is one paragraph too.
 */
import { q, qe, type Rule } from './rule';

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〔': '〕', '【': '】' };
const CLOSERS: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '）': '（', '》': '《', '〕': '〔', '】': '【' };
const ANY = /[“”‘’（）《》〔〕【】]/g;

/** ’ between Latin letters is an apostrophe (don’t), not a quote. */
function isApostrophe(text: string, i: number): boolean {
  return /[A-Za-z]/.test(text.charAt(i - 1)) && /[A-Za-z]/.test(text.charAt(i + 1));
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
    for (const p of ctx.model.paragraphs) {
      const text = src.slice(p.start, p.end);
      const stack: Array<{ ch: string; at: number }> = [];
      const unmatched: Array<{ ch: string; at: number; closer: boolean }> = [];
      ANY.lastIndex = 0;
      for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
        const ch = m[0];
        if (ch in PAIRS) {
          stack.push({ ch, at: m.index });
          continue;
        }
        if (ch === '’' && isApostrophe(text, m.index)) continue;
        const opener = CLOSERS[ch];
        let k = stack.length - 1;
        while (k >= 0 && stack[k].ch !== opener) k--;
        if (k < 0) {
          unmatched.push({ ch, at: m.index, closer: true });
          continue;
        }
        // Openers above the match were never closed: “（” closes “ and leaves （ open.
        for (let x = k + 1; x < stack.length; x++) unmatched.push({ ...stack[x], closer: false });
        stack.length = k;
      }
      for (const open of stack) unmatched.push({ ...open, closer: false });
      for (const u of unmatched) {
        const start = p.start + u.at;
        const partner = u.closer ? CLOSERS[u.ch] : PAIRS[u.ch];
        ctx.report({
          start,
          end: start + 1,
          message: u.closer
            ? ctx.t(`${q(u.ch)}没有对应的${q(partner)}（同一段落内）`, `${qe(u.ch)} has no matching ${qe(partner)} in this paragraph`)
            : ctx.t(`${q(u.ch)}没有对应的${q(partner)}（同一段落内）`, `${qe(u.ch)} is not closed by ${qe(partner)} in this paragraph`),
        });
      }
    }
  },
};
