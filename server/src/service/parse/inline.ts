/**
 * Structure inside a paragraph: inline lists (一是……二是……), steps (第一步……) and announced
 * counts (包括三个部分：, 在以下八个方面发力：).
 */
import type { AnnouncedCount, InlineItem, Paragraph } from '../model/document';
import { parseArabic, parseChineseNumber } from '../text/chineseNumber';
import type { ParagraphText } from './paragraphText';

const LIST_NUMERALS = '一二三四五六七八九十';
/** What may stand before 一是 or 第一步: the start, or the end of a sentence or clause. */
const BEFORE_ITEM = '。；;：:，,！？!?”」）) \u3000\t';

/**
 * 一是 / 第一步 where a sentence or clause begins (统一是 or 唯一是 are not list items). Found from
 * each 是 and 步 backwards, which is far cheaper than a regular expression over every position.
 */
export function findInlineItems(pt: ParagraphText, paragraph: Paragraph, out: InlineItem[]): void {
  const text = pt.text;
  const found: InlineItem[] = [];
  for (const [word, kind] of [['是', 'inline'], ['步', 'step']] as const) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      let k = at;
      while (k > 0 && k > at - 3 && LIST_NUMERALS.includes(text.charAt(k - 1))) k--;
      if (k === at) continue;
      let start = k;
      if (kind === 'step') {
        if (text.charAt(k - 1) !== '第') continue;
        start = k - 1;
      }
      if (start > 0 && !BEFORE_ITEM.includes(text.charAt(start - 1))) continue;
      const number = parseChineseNumber(text.slice(k, at));
      if (number === undefined || number === 0) continue;
      found.push({
        kind,
        number,
        start: pt.offsetAt(start),
        end: pt.offsetAt(at) + 1,
        text: text.slice(start, at + 1),
        paragraph,
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  out.push(...found);
}

const COUNT_RE =
  /(包括|包含|分为|分成|涵盖|以下|下列|如下|主要有|共有|有)((?:[^。；;：:，,]{0,4}?))([一二三四五六七八九十两]{1,3}|[0-9]{1,2})(?:个|项|条|点|类|种|大)?(方面|部分|任务|措施|领域|重点|环节|内容|阶段|步|原则|方向|类|种|项|条|点|个|板块|举措|工程|行动|方式|途径|要求)([^。；;：:，,]{0,8}?)[：:]/g;

export function findAnnouncedCounts(pt: ParagraphText, paragraph: Paragraph, out: AnnouncedCount[]): void {
  const text = pt.text;
  if (text.indexOf('：') < 0 && text.indexOf(':') < 0) return;
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const numeral = m[3];
    const count = /^[0-9]+$/.test(numeral) ? parseArabic(numeral) : parseChineseNumber(numeral);
    if (count === undefined || count < 2) continue;
    const colonIndex = m.index + m[0].length - 1;
    out.push({
      count,
      text: m[0].slice(0, -1),
      start: pt.offsetAt(m.index),
      end: pt.offsetAt(colonIndex - 1) + 1,
      colon: pt.offsetAt(colonIndex),
      paragraph,
    });
  }
}
