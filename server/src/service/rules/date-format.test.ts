import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'date/format';

describe(CODE, () => {
  it('reports a date in Chinese numerals with the Arabic form and a fix', () => {
    const text = doc('国务院', '二〇〇四年六月二十六日');
    const [d] = only(text, CODE);
    assert.equal(textAt(text, d.range), '二〇〇四年六月二十六日');
    assert.ok(d.message.startsWith('成文日期格式不规范：应为“2004年6月26日”'), d.message);
    assert.equal(d.data?.fix?.newText, '2004年6月26日');
  });

  it('reports leading zeros, full-width digits and spaces', () => {
    assert.equal(only(doc('2021年02月02日'), CODE)[0].data?.fix?.newText, '2021年2月2日');
    assert.equal(only(doc('２０２１年２月２日'), CODE)[0].data?.fix?.newText, '2021年2月2日');
    assert.equal(only(doc('2021 年 2 月 2 日'), CODE)[0].data?.fix?.newText, '2021年2月2日');
  });

  it('reports a two-digit year without guessing the century', () => {
    const [d] = only(doc('21年2月2日'), CODE);
    assert.equal(d.data?.fix, undefined);
  });

  it('reports a date that does not exist', () => {
    assert.match(only(doc('2021年2月30日'), CODE)[0].message, /不存在/);
  });

  it('does not report correct dates or dates inside running text', () => {
    assert.deepEqual(only(doc('2021年2月2日', '2024年12月31日', '到2020年，建成体系。', '（2021年2月2日印发）'), CODE), []);
  });
});
