import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'term/unused';

describe(CODE, () => {
  it('reports an abbreviation never used after its definition', () => {
    const text = doc('加快推动广州穗港智造合作区（下称合作区）建设。', '支持广州开发区发展。');
    const [d] = only(text, CODE);
    assert.equal(textAt(text, d.range), '合作区');
    assert.equal(d.message, '简称“合作区”定义后未再使用');
  });

  it('does not count the name inside its own full name or definition as a use', () => {
    assert.equal(only(doc('加快推动广州穗港智造合作区（下称合作区）建设。', '广州穗港智造合作区要加快发展。'), CODE).length, 1);
  });

  it('does not report an abbreviation that is used', () => {
    assert.deepEqual(only(doc('贯彻落实《粤港澳大湾区发展规划纲要》（以下简称《规划纲要》）。', '推进《规划纲要》实施。'), CODE), []);
  });
});
