import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'docno/format';

describe(CODE, () => {
  it('reports wrong brackets, 第 and leading zeros, with the correct form and a fix', () => {
    const text = doc('关于印发实施方案的通知', '粤大湾区[2021]第02号', '各单位：');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '粤大湾区[2021]第02号');
    assert.ok(d.message.startsWith('发文字号格式不规范：应为“粤大湾区〔2021〕2号”'), d.message);
    assert.equal(d.data?.fix?.newText, '粤大湾区〔2021〕2号');
  });

  for (const wrong of ['国办发(2018)128号', '国办发〔18〕128号', '国办发〔2018〕第128号', '国办发〔2018〕0128号', '国办发【2018】128号']) {
    it(`reports ${wrong}`, () => {
      assert.equal(only(doc(wrong), CODE).length, 1);
    });
  }

  it('gives no fix for a two-digit year it cannot complete', () => {
    assert.equal(only(doc('国办发〔18〕128号'), CODE)[0].data?.fix, undefined);
  });

  it('does not report correct numbers, decree numbers or numbers cited in running text', () => {
    assert.deepEqual(only(doc('粤大湾区〔2021〕2号', '国务院令第707号', '根据《通知》（国发〔2014〕47号），制定本办法。'), CODE), []);
  });
});
