/**
 * Chinese numerals as used in document numbering: 一 … 十, 十一, 二十, 一百零五, 九百九十九,
 * 一千…, with 两/兩 for 2 and 〇/○/零 for zero, and the digit-by-digit form of years (二〇二一).
 */

/** The value of a digit character (零〇○Ｏ 一 … 九, 两/兩), or -1. */
function digitOf(c: number): number {
  switch (c) {
    case 0x96f6: // 零
    case 0x3007: // 〇
    case 0x25cb: // ○
    case 0xff2f: // Ｏ
      return 0;
    case 0x4e00: return 1; // 一
    case 0x4e8c: return 2; // 二
    case 0x4e24: return 2; // 两
    case 0x5169: return 2; // 兩
    case 0x4e09: return 3; // 三
    case 0x56db: return 4; // 四
    case 0x4e94: return 5; // 五
    case 0x516d: return 6; // 六
    case 0x4e03: return 7; // 七
    case 0x516b: return 8; // 八
    case 0x4e5d: return 9; // 九
    default: return -1;
  }
}

/** The value of a unit character (十 百 千), or -1. */
function unitOf(c: number): number {
  return c === 0x5341 ? 10 : c === 0x767e ? 100 : c === 0x5343 ? 1000 : -1;
}

function isTwo(c: number): boolean {
  return c === 0x4e24 || c === 0x5169;
}

/** Characters that may appear in a Chinese numeral (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇○一二两兩三四五六七八九十百千';

/** Parses a positional Chinese numeral (一百零五 → 105). Returns undefined when it is not one. */
export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let digit = -1;
  let lastUnit = Infinity;
  let sawZero = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = digitOf(c);
    if (d >= 0) {
      if (d === 0) {
        if (digit >= 0) return undefined;
        sawZero = true;
        continue;
      }
      if (digit >= 0) return undefined; // 二三 is not a numeral
      digit = d;
      continue;
    }
    const unit = unitOf(c);
    if (unit < 0 || unit >= lastUnit) return undefined; // 十百, 百百, or not a numeral at all
    // 十 stands for 一十 (十一, and 一百十一 as Taiwan texts write 111).
    if (digit < 0 && unit !== 10) return undefined;
    total += (digit < 0 ? 1 : digit) * unit;
    lastUnit = unit;
    digit = -1;
    sawZero = false;
  }
  if (digit >= 0) {
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = digitOf(c);
    if (d < 0 || isTwo(c)) return undefined;
    value = value * 10 + d;
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
