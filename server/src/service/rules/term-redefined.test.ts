import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'term/redefined';

describe(CODE, () => {
  it('reports a second definition and points at the first', () => {
    const text = doc('设立广州穗港智造合作区（下称合作区），支持合作区发展。', '设立南沙深度合作区（下称合作区），合作区负责。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(d.range.start.line, 2);
    assert.equal(textAt(text, d.range), '合作区');
    assert.match(d.message, /已在第1行定义为“广州穗港智造合作区”/);
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 0);
  });

  it('does not report two different abbreviations', () => {
    assert.deepEqual(only(doc('设立广州穗港智造合作区（下称合作区），合作区。', '成立领导小组（以下简称小组），小组。'), CODE), []);
  });
});
