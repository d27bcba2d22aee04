import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'ref/unresolved';

describe(CODE, () => {
  it('reports an article the document does not have and names the nearest one', () => {
    const text = doc('第一条 为了规范管理，制定本办法。', '第二条 依照本办法第十九条的规定办理。', '第三条 本办法自公布之日起施行。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '本办法第十九条');
    assert.equal(d.message, '引用的“本办法第十九条”在本文中不存在，最接近的是“第三条”');
    assert.equal(d.severity, 1);
  });

  it('reports a paragraph or an item an article does not have', () => {
    assert.equal(only(doc('第一条 甲。', '第二条 依照第一条第三款办理。'), CODE).length, 1);
    assert.equal(only(doc('第一条 有下列情形之一的：', '（一）甲；', '（二）乙。', '第二条 依照第一条第（五）项办理。'), CODE).length, 1);
  });

  it('names the whole reference when a list item takes its article from the one before', () => {
    const [d] = only(doc('第一条 甲。', '第二条 依照第一条第一款、第二款办理。'), CODE);
    assert.match(d.message, /^引用的“第一条第二款”在本文中不存在/);
  });

  it('reports a plan part or item that does not exist', () => {
    const [d] = only(doc('一、总体要求', '（一）指导思想。', '（二）发展定位。', '二、主要任务', '依照本方案第一部分第（五）项执行。'), CODE);
    assert.match(d.message, /最接近的是“（二）发展定位”/);
  });

  it('reports a reference to a deleted article', () => {
    const [d] = only(doc('第一条 甲。', '第二条 （删去）', '第三条 违反第二条的，依照第一条处理。'), CODE);
    assert.equal(d.message, '引用的“第二条”已删去');
  });

  it('does not report references that resolve, relative references, or references to other documents', () => {
    const text = doc(
      '第一条 为了规范管理，制定本办法。',
      '第二条 依照本办法第一条和前条的规定办理。',
      '前款规定适用于本条。',
      '第三条 依照《中华人民共和国行政许可法》第九十九条、专利法第八十条处理。',
    );
    assert.deepEqual(only(text, CODE), []);
  });
});
