/**
 * docno/format — a 发文字号 not written 机关代字〔2021〕2号 (GB/T 9704—2012 7.2.4): the year in
 * full in 六角括号 〔〕, the serial number without 第 and without leading zeros, then 号.
 */
import { parseArabic } from '../text/chineseNumber';
import { q, qe, type Rule } from './rule';

export const docnoFormat: Rule = {
  code: 'docno/format',
  severity: 'warning',
  doc: {
    zh: '发文字号不符合“机关代字〔2021〕2号”（六角括号、年份标全、不加“第”、不编虚位）',
    en: 'A document number not written 机关代字〔2021〕2号 (〔〕 brackets, full year, no 第, no leading zero)',
    bad: '粤大湾区[2021]第02号',
    good: '粤大湾区〔2021〕2号',
  },
  check(ctx) {
    for (const d of ctx.model.preamble.docNumbers) {
      const problemsZh: string[] = [];
      const problemsEn: string[] = [];
      if (d.open !== '〔' || d.close !== '〕') {
        problemsZh.push('年份应用六角括号“〔〕”括入');
        problemsEn.push('the year goes in 〔〕');
      }
      const year = parseArabic(d.year)!;
      const fullYear = d.year.length === 4;
      if (!fullYear) {
        problemsZh.push('年份应标全称');
        problemsEn.push('the year is written in full');
      }
      if (d.hasDi) {
        problemsZh.push('序号前不加“第”字');
        problemsEn.push('no 第 before the serial number');
      }
      const serial = parseArabic(d.serial)!;
      if (/^[0０]/.test(d.serial)) {
        problemsZh.push('序号不编虚位');
        problemsEn.push('no leading zeros');
      }
      if (/[０-９]/.test(d.year + d.serial) && problemsZh.length === 0) {
        problemsZh.push('数字用半角阿拉伯数字');
        problemsEn.push('digits are half-width');
      }
      if (problemsZh.length === 0) continue;
      const expected = fullYear ? `${d.agency}〔${year}〕${serial}号` : undefined;
      const shown = expected ?? `${d.agency}〔${'20' + d.year.padStart(2, '0')}〕${serial}号`;
      ctx.report({
        start: d.start,
        end: d.end,
        message: ctx.t(
          `发文字号格式不规范：应为${q(shown)}，此处为${q(d.text)}（${problemsZh.join('；')}，GB/T 9704—2012 7.2.4）`,
          `Document number format: expected ${qe(shown)}, found ${qe(d.text)} (${problemsEn.join('; ')}; GB/T 9704-2012 7.2.4)`,
        ),
        fix: expected ? { title: ctx.t(`改为${q(expected)}`, `Change to ${qe(expected)}`), start: d.start, end: d.end, newText: expected } : undefined,
      });
    }
  },
};
