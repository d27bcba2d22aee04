import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'numbering/gap';

describe(CODE, () => {
  it('reports a skipped part, naming what was expected and what was found', () => {
    const text = doc('一、总体要求', '二、主要任务', '四、保障措施');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '四、');
    assert.equal(d.message, '编号不连续：应为“三、”，此处为“四、”（缺少“三、”）');
    assert.equal(d.severity, 1);
  });

  it('names a run of missing numbers', () => {
    const [d] = only(doc('1.甲。', '2.乙。', '6.丙。'), CODE);
    assert.match(d.message, /缺少“3\.”至“5\.”/);
  });

  it('offers a fix when the wrong number is a slip (the next item follows on)', () => {
    const text = doc('（一）甲。', '（三）乙。', '（三）丙。');
    const diagnostics = only(text, CODE);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0].data?.fix?.newText, '（二）');
    const noFix = only(doc('（一）甲。', '（三）乙。', '（四）丙。'), CODE);
    assert.equal(noFix[0].data?.fix, undefined);
  });

  it('judges inline lists and steps by the same rule', () => {
    assert.equal(only('在以下三个方面发力：一是提升实力。二是推进创新。四是改善民生。\n', CODE).length, 1);
    assert.equal(only('第一步，打基础；第三步，成框架。\n', CODE).length, 1);
  });

  it('judges inserted articles: 第十条之一 then 第十条之三 skips 之二', () => {
    const [d] = only(doc('第十条 甲。', '第十条之一 乙。', '第十条之三 丙。', '第十一条 丁。'), CODE);
    assert.match(d.message, /应为“第十条之二”/);
  });

  it('does not report a level numbered on across parents', () => {
    assert.deepEqual(only(doc('一、任务', '（一）甲。', '1.子。', '2.子。', '（二）乙。', '3.子。', '4.子。', '（三）丙。', '5.子。'), CODE), []);
  });

  it('does not report complete sequences, article numbers with 之一, or an attachment list', () => {
    assert.deepEqual(only(doc('一、甲', '二、乙', '三、丙'), CODE), []);
    assert.deepEqual(only(doc('第十条 甲。', '第十条之一 乙。', '第十一条 丙。'), CODE), []);
    assert.deepEqual(only(doc('一、甲', '1.子。', '2.子。', '3.子。', '附件：1.甲表\n      2.乙表'), CODE), []);
  });

  it('judges an attachment note’s list as a list of its own', () => {
    assert.equal(only(doc('一、甲', '1.子。', '附件：1.甲表\n      3.乙表'), CODE).length, 1);
  });

  it('is silent when turned off', () => {
    assert.deepEqual(only(doc('一、甲', '三、乙'), CODE, { rules: { [CODE]: 'off' } }), []);
  });

  it('takes the configured severity', () => {
    assert.equal(only(doc('一、甲', '三、乙'), CODE, { rules: { [CODE]: 'hint' } })[0].severity, 4);
  });

  it('speaks English when the locale is English', () => {
    assert.equal(only(doc('一、甲', '三、乙'), CODE, { locale: 'en' })[0].message, 'Numbering skips: expected "二、", found "三、" ("二、" missing)');
  });
});
