import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/count-mismatch';

describe(CODE, () => {
  it('reports an announced count that differs from the dash items after it', () => {
    const text = doc('总面积56.39平方公里。包括三个部分：', '——甲园区。', '——乙园区。', '——丙社区。', '——丁社区。', '（四）建设目标。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '包括三个部分');
    assert.equal(d.message, '预告“包括三个部分”共三项，其后列出四项');
  });

  it('reports an inline list that is shorter than announced', () => {
    const text = '未来几年，广州市将继续在以下八个方面发力：一是甲。二是乙。三是丙。\n';
    const [d] = only(text, CODE);
    assert.equal(d.message, '预告“以下八个方面发力”共八项，其后列出三项');
  });

  it('counts numbered items that follow', () => {
    assert.equal(only(doc('一、任务', '主要有以下三项任务：', '（一）甲。', '（二）乙。', '二、保障'), CODE).length, 1);
  });

  it('does not report a count that agrees, or one with nothing list-like after it', () => {
    assert.deepEqual(only(doc('包括三个部分：', '——甲。', '——乙。', '——丙。'), CODE), []);
    assert.deepEqual(only('在以下两个方面发力：一是甲。二是乙。\n', CODE), []);
    assert.deepEqual(only(doc('主要有以下几项任务：', '——甲。'), CODE), []);
    assert.deepEqual(only(doc('包括三个部分：', '合作区位于东部。'), CODE), []);
  });
});
