import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/duplicate';

describe(CODE, () => {
  it('reports the same number twice in a row and points at the first', () => {
    const text = doc('一、甲', '二、乙', '二、丙', '四、丁');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(d.range.start.line, 4);
    assert.equal(textAt(text, d.range), '二、');
    assert.equal(d.message, '编号重复：“二、”已在第3行使用，应为“三、”');
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 2);
    assert.equal(d.data?.fix?.newText, '三、');
  });

  it('reports one problem for one slip: 一 二 二 四 gives no gap after the duplicate', () => {
    const text = doc('一、甲', '二、乙', '二、丙', '四、丁');
    assert.deepEqual(only(text, 'numbering/gap'), []);
  });

  it('reports 一 二 二 三 once and leaves 三 alone', () => {
    const text = doc('一、甲', '二、乙', '二、丙', '三、丁');
    assert.equal(only(text, CODE).length, 1);
    assert.deepEqual(only(text, 'numbering/gap'), []);
  });

  it('reports duplicated inline list items', () => {
    assert.equal(only('一是甲。二是乙。二是丙。\n', CODE).length, 1);
  });

  it('does not report the same number under different parents', () => {
    assert.deepEqual(only(doc('一、甲', '（一）子。', '（二）子。', '二、乙', '（一）子。', '（二）子。'), CODE), []);
  });
});
