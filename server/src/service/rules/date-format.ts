/**
 * date/format — a 成文日期 not written 2021年2月2日 (GB/T 9704—2012 7.3.5): Arabic numerals, the
 * year in full, months and days without leading zeros. A date that does not exist is reported too.
 */
import { parseArabic, parseChineseDigits, parseChineseNumber } from '../text/chineseNumber';
import { q, qe, type Rule } from './rule';

function value(text: string, digits: boolean): number | undefined {
  const arabic = parseArabic(text);
  if (arabic !== undefined) return arabic;
  return digits ? parseChineseDigits(text) : parseChineseNumber(text);
}

function exists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const dateFormat: Rule = {
  code: 'date/format',
  severity: 'warning',
  doc: {
    zh: '成文日期不符合“2021年2月2日”（阿拉伯数字、年份标全、月日不编虚位）',
    en: 'A date not written 2021年2月2日 (Arabic numerals, full year, no leading zeros)',
    bad: '二〇二一年二月二日',
    good: '2021年2月2日',
  },
  check(ctx) {
    for (const d of ctx.model.preamble.dates) {
      const y = value(d.year, true);
      const m = value(d.month, false);
      const day = value(d.day, false);
      if (y === undefined || m === undefined || day === undefined) continue;
      const fullYear = y >= 1000;
      const expected = `${fullYear ? y : d.year}年${m}月${day}日`;
      const valid = !fullYear || exists(y, m, day);
      if (d.text === expected && fullYear && valid) continue;
      const reasonsZh: string[] = [];
      const reasonsEn: string[] = [];
      if (/[〇○零Ｏ一二三四五六七八九十]/.test(d.text)) {
        reasonsZh.push('用阿拉伯数字');
        reasonsEn.push('Arabic numerals');
      }
      if (!fullYear) {
        reasonsZh.push('年份标全称');
        reasonsEn.push('the year in full');
      }
      if (/(^|[年月])[0０][0-9０-９]/.test(d.text)) {
        reasonsZh.push('月、日不编虚位');
        reasonsEn.push('no leading zeros');
      }
      if (/[０-９]/.test(d.text)) {
        reasonsZh.push('用半角数字');
        reasonsEn.push('half-width digits');
      }
      if (/[ \u3000]/.test(d.text)) {
        reasonsZh.push('数字与年月日之间不空格');
        reasonsEn.push('no spaces');
      }
      if (!valid) {
        ctx.report({
          start: d.start,
          end: d.end,
          message: ctx.t(`成文日期${q(d.text)}不存在`, `The date ${qe(d.text)} does not exist`),
        });
        continue;
      }
      ctx.report({
        start: d.start,
        end: d.end,
        message: ctx.t(
          `成文日期格式不规范：应为${q(expected)}，此处为${q(d.text)}（${reasonsZh.join('、')}，GB/T 9704—2012 7.3.5）`,
          `Date format: expected ${qe(expected)}, found ${qe(d.text)} (${reasonsEn.join(', ')}; GB/T 9704-2012 7.3.5)`,
        ),
        fix: fullYear ? { title: ctx.t(`改为${q(expected)}`, `Change to ${qe(expected)}`), start: d.start, end: d.end, newText: expected } : undefined,
      });
    }
  },
};
