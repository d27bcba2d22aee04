import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'term/full-name-after-definition';

describe(CODE, () => {
  it('hints at the full name written again after the definition, with a fix to the abbreviation', () => {
    const text = doc('加快推动广州穗港智造合作区（下称合作区）建设。', '支持广州穗港智造合作区发展，合作区要加快。');
    const [d] = only(text, CODE);
    assert.equal(d.severity, 4);
    assert.equal(textAt(text, d.range), '广州穗港智造合作区');
    assert.equal(d.data?.fix?.newText, '合作区');
  });

  it('leaves names inside a title in 《》 and headings alone', () => {
    const text = doc('加快推动广州穗港智造合作区（下称合作区）建设，合作区要加快。', '印发《广州穗港智造合作区建设实施方案》。');
    assert.deepEqual(only(text, CODE), []);
  });

  it('hints at a 《》 full name written again', () => {
    const text = doc('贯彻落实《粤港澳大湾区发展规划纲要》（以下简称《规划纲要》），推进《规划纲要》实施。', '对照《粤港澳大湾区发展规划纲要》开展评估。');
    assert.equal(only(text, CODE).length, 1);
  });
});
