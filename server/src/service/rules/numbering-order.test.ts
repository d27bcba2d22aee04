import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/order';

describe(CODE, () => {
  it('reports a number that goes backwards', () => {
    const text = doc('一、甲', '二、乙', '三、丙', '二、丁', '五、戊');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '二、');
    assert.equal(d.message, '编号倒退：应为“四、”，此处为“二、”');
    assert.deepEqual(only(text, 'numbering/gap'), []);
  });

  it('reports a group that starts from 1 again in a level numbered on across parents', () => {
    const text = doc('一、任务', '（一）甲。', '1.子。', '2.子。', '（二）乙。', '3.子。', '4.子。', '（三）丙。', '5.子。', '6.子。', '（四）丁。', '1.子。', '2.子。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(d.message, '本层编号跨上级连续编排：应为“7.”，此处为“1.”');
  });

  it('reports articles out of order', () => {
    assert.equal(only(doc('第一条 甲。', '第三条 乙。', '第二条 丙。'), CODE).length, 1);
  });

  it('does not report an article’s second list in its second 款', () => {
    const text = doc('第七十八条 有下列表现之一的，应当减刑：', '（一）阻止他人犯罪的；', '（二）检举犯罪的。', '减刑以后实际执行的刑期不能少于下列期限：', '（一）判处管制的；', '（二）判处无期徒刑的。');
    assert.deepEqual(only(text, CODE), []);
  });

  it('does not report restarting inline lists in separate paragraphs of one clause', () => {
    assert.deepEqual(only(doc('一、成效', '一是加强学习。二是完善组织。', '一是加快建设。二是提升功能。'), CODE), []);
  });
});
