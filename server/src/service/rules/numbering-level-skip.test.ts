import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/level-skip';

describe(CODE, () => {
  it('reports 1. directly under 一、 in a document that uses （一） elsewhere', () => {
    const text = doc('一、总体要求', '（一）指导思想。', '（二）基本原则。', '二、主要任务', '1.协同推进。', '2.拓展载体。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0, 'one report per parent');
    assert.equal(textAt(text, d.range), '1.');
    assert.match(d.message, /层级跳跃：“1\.”级直接位于“一、”级之下，本文其他处以“（一）”级作为中间层级/);
  });

  it('reports a higher level held by a lower one (（一） holding 一、)', () => {
    const text = doc('（一）总体要求', '一、指导思想。', '二、基本原则。', '（二）主要任务', '一、强化创新。', '二、扩大开放。');
    const diagnostics = only(text, CODE);
    assert.equal(diagnostics.length, 2);
    assert.match(diagnostics[0].message, /层级倒置/);
  });

  it('does not report 1. under 一、 when the document never uses （一）', () => {
    assert.deepEqual(only(doc('一、总体要求', '1.指导思想。', '2.基本原则。', '二、主要任务', '1.协同推进。'), CODE), []);
  });

  it('does not report regulation levels: articles under chapters with or without sections, （一） under an article', () => {
    const text = doc('第一章 总则', '第一条 甲。', '第二章 分则', '第一节 通则', '第二条 乙：', '（一）子；', '（二）子。', '第三条 丙：', '1.子；', '2.子。');
    assert.deepEqual(only(text, CODE), []);
  });
});
