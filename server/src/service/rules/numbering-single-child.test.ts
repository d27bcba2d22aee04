import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/single-child';

describe(CODE, () => {
  it('hints at a level with one item only', () => {
    const text = doc('一、总体要求', '（一）指导思想。', '二、主要任务', '（一）甲。', '（二）乙。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 4);
    assert.equal(d.range.start.line, 2);
    assert.equal(textAt(text, d.range), '（一）');
  });

  it('does not hint at regulation levels or at levels numbered on across parents', () => {
    assert.deepEqual(only(doc('第一章 总则', '第一条 甲。', '第二章 附则', '第二条 乙。'), CODE), []);
    const continuous = doc('一、甲', '（一）子。', '（二）子。', '二、乙', '（三）子。', '三、丙', '（四）子。', '（五）子。');
    assert.deepEqual(only(continuous, CODE), []);
  });

  it('does not hint at levels with two or more items', () => {
    assert.deepEqual(only(doc('一、甲', '（一）子。', '（二）子。', '二、乙'), CODE), []);
  });
});
