/**
 * Chinese numerals as used in document numbering: 一 … 十, 十一, 二十, 一百零五, 九百九十九,
 * 一千…, with 两/兩 for 2 and 〇/○/零 for zero, and the digit-by-digit form of years (二〇二一).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0,
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may appear in a Chinese numeral (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇○一二两兩三四五六七八九十百千';

/** Parses a positional Chinese numeral (一百零五 → 105). Returns undefined when it is not one. */
export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let sawZero = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      const d = DIGITS[ch];
      if (d === 0) {
        if (digit !== undefined) return undefined;
        sawZero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // 二三 is not a numeral
      digit = d;
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit) return undefined; // 十百, 百百
      // 十 stands for 一十 (十一, and 一百十一 as Taiwan texts write 111).
      total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(total)) return undefined;
      lastUnit = unit;
      digit = undefined;
      sawZero = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    // 一百五 → 150 (the digit takes the next lower unit) unless a 零 intervened (一百零五 → 105)
    if (!sawZero && lastUnit !== Infinity && lastUnit > 10) total += digit * (lastUnit / 10);
    else total += digit;
  }
  if (lastUnit === Infinity && text.length > 1) return undefined;
  return total;
}

/** Parses a digit-by-digit numeral such as a year 二〇二一 → 2021. */
export function parseChineseDigits(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let value = 0;
  for (const ch of text) {
    if (!(ch in DIGITS) || ch === '两' || ch === '兩') return undefined;
    value = value * 10 + DIGITS[ch];
  }
  return value;
}

const CN_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Formats a positive integer as a counting numeral: 10 → 十, 11 → 十一, 105 → 一百零五, 110 → 一百一十. */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN_DIGIT[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
  if (n >= 10000) return String(n);
  const parts: string[] = [];
  const units: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let pendingZero = false;
  let started = false;
  for (const [unit, name] of units) {
    const d = Math.floor(n / unit) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    parts.push(CN_DIGIT[d] + name);
    started = true;
  }
  return parts.join('');
}

const FULLWIDTH_DIGIT_0 = 0xff10;

/** Parses ASCII or full-width Arabic digits (１２ → 12). */
export function parseArabic(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= FULLWIDTH_DIGIT_0 && c <= FULLWIDTH_DIGIT_0 + 9) c = c - FULLWIDTH_DIGIT_0 + 48;
    if (c < 48 || c > 57) return undefined;
    value = value * 10 + (c - 48);
  }
  return value;
}

const CIRCLED: Array<[number, number, number]> = [
  // [first code point, last code point, value of the first]
  [0x2460, 0x2473, 1], // ① … ⑳
  [0x3251, 0x325f, 21], // ㉑ … ㉟
  [0x32b1, 0x32bf, 36], // ㊱ … ㊿
];

export function parseCircled(ch: string): number | undefined {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return undefined;
  for (const [first, last, base] of CIRCLED) if (cp >= first && cp <= last) return base + cp - first;
  return undefined;
}

export function formatCircled(n: number): string {
  for (const [first, last, base] of CIRCLED) {
    if (n >= base && n <= base + (last - first)) return String.fromCodePoint(first + n - base);
  }
  return `(${n})`;
}

export const CIRCLED_PATTERN = '[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf]';
