import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'term/before-definition';

describe(CODE, () => {
  it('reports a use before the defining sentence, with a fix to the full name', () => {
    const text = doc('支持合作区发展。', '加快推动广州穗港智造合作区（下称合作区）建设，合作区要加快发展。');
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(d.range.start.line, 0);
    assert.equal(textAt(text, d.range), '合作区');
    assert.equal(d.data?.fix?.newText, '广州穗港智造合作区');
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 2);
  });

  it('does not report a heading that names what its text defines, or uses after the definition', () => {
    assert.deepEqual(only(doc('一、合作区建设', '加快推动广州穗港智造合作区（下称合作区）建设，合作区要加快发展。'), CODE), []);
  });
});
