import * as assert from 'node:assert/strict';
import { formatChineseNumber, formatCircled, parseArabic, parseChineseDigits, parseChineseNumber, parseCircled } from './chineseNumber';

describe('Chinese numerals', () => {
  const cases: Array<[string, number]> = [
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十一', 21],
    ['六十六', 66],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百二十三', 123],
    ['四百五十二', 452],
    ['九百九十九', 999],
    ['一千', 1000],
    ['一千零一', 1001],
  ];

  it('parses counting numerals up to and beyond 九百九十九', () => {
    for (const [text, n] of cases) assert.equal(parseChineseNumber(text), n, text);
  });

  it('formats every number from 1 to 999 and parses it back', () => {
    for (let n = 1; n <= 1200; n++) assert.equal(parseChineseNumber(formatChineseNumber(n)), n, String(n));
    for (const [text, n] of cases) assert.equal(formatChineseNumber(n), text);
  });

  it('reads 一百十一 (Taiwan) as 111, like 一百一十一', () => {
    assert.equal(parseChineseNumber('一百十一'), 111);
    assert.equal(parseChineseNumber('一百一十一'), 111);
  });

  it('reads 两 as 2', () => {
    assert.equal(parseChineseNumber('两'), 2);
  });

  it('rejects strings that are not numerals', () => {
    for (const text of ['', '二三', '十十', '百', '人', '十二人', '〇〇']) assert.equal(parseChineseNumber(text), undefined, text);
  });

  it('reads digit-by-digit years', () => {
    assert.equal(parseChineseDigits('二〇二一'), 2021);
    assert.equal(parseChineseDigits('二○○四'), 2004);
    assert.equal(parseChineseDigits('二十'), undefined);
  });

  it('reads ASCII and full-width Arabic digits', () => {
    assert.equal(parseArabic('13'), 13);
    assert.equal(parseArabic('１３'), 13);
    assert.equal(parseArabic('1a'), undefined);
  });

  it('reads and writes circled numbers ① … ㊿', () => {
    assert.equal(parseCircled('①'), 1);
    assert.equal(parseCircled('⑳'), 20);
    assert.equal(parseCircled('㉑'), 21);
    assert.equal(parseCircled('㊿'), 50);
    assert.equal(formatCircled(36), '㊱');
    assert.equal(parseCircled('a'), undefined);
  });
});
