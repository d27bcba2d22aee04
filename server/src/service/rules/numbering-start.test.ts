import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/start';

describe(CODE, () => {
  it('reports a sequence that does not start at 一', () => {
    const text = doc('一、任务', '（二）甲。', '（三）乙。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '（二）');
    assert.equal(d.message, '编号应从“（一）”开始，此处为“（二）”');
    assert.equal(d.data?.fix, undefined);
  });

  it('offers a fix when the rest of the sequence follows on from 1', () => {
    const [d] = only(doc('二、甲', '2.子。', '3.子。'), CODE).filter((x) => x.range.start.line === 0);
    assert.equal(d.data?.fix?.newText, '一、');
  });

  it('reports a group that carries on where the level restarts under each parent', () => {
    const text = doc('一、甲', '（一）子。', '（二）子。', '二、乙', '（一）子。', '（二）子。', '三、丙', '（三）子。', '（四）子。');
    const [d] = only(text, CODE);
    assert.equal(d.message, '本层编号在每个上级下重新起编：应为“（一）”，此处为“（三）”');
  });

  it('judges inline lists of two or more items only', () => {
    assert.equal(only('二是甲。三是乙。\n', CODE).length, 1);
    assert.deepEqual(only('这一点，二是关键。\n', CODE), []);
  });

  it('does not report sequences that start at 1', () => {
    assert.deepEqual(only(doc('一、甲', '（一）子。', '（二）子。'), CODE), []);
  });
});
