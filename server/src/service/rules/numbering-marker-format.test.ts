import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/marker-format';

describe(CODE, () => {
  const wrong: Array<[string, string, string]> = [
    ['1、协同推进。', '1、', '1.'],
    ['一.总体要求', '一.', '一、'],
    ['一，总体要求', '一，', '一、'],
    ['（一）、指导思想。', '（一）、', '（一）'],
    ['(一)指导思想。', '(一)', '（一）'],
    ['(十六) 打造高水平科技创新载体和平台。', '(十六) ', '（十六）'],
    ['1)退休人员。', '1)', '（1）'],
    ['（1）.退休人员。', '（1）.', '（1）'],
    ['１．单位缴费。', '１．', '1.'],
    ['①、在职职工。', '①、', '①'],
    ['第一条、为了规范管理，制定本办法。', '第一条、', '第一条'],
  ];

  it('reports each wrong form with the correct one and a fix', () => {
    for (const [line, written, canonical] of wrong) {
      const text = doc(line);
      const [d, ...rest] = only(text, CODE);
      assert.ok(d, line);
      assert.equal(rest.length, 0, line);
      assert.equal(textAt(text, d.range), written, line);
      assert.ok(d.message.startsWith(`序次语格式不规范：应为“${canonical}”，此处为“${written}”`), d.message);
      assert.equal(d.data?.fix?.newText, canonical, line);
    }
  });

  it('does not report correct forms', () => {
    const text = doc('一、总体要求', '（一）指导思想。', '1.协同推进。', '1. 传递信息。', '（1）单位缴费。', '①在职职工。', '第一条 为了规范管理，制定本办法。', '第 1 條', '第十条之一 本条。');
    assert.deepEqual(only(text, CODE), []);
  });

  it('places the range after astral characters at UTF-16 columns', () => {
    const text = '𠀀𠀀是前言。\n(一)指导思想。\n';
    const [d] = only(text, CODE);
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  });
});
