import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'ref/self';

describe(CODE, () => {
  it('reports an article that cites itself by number, with a fix to 本条', () => {
    const text = doc('第一条 甲。', '第二条 依照第二条的规定办理。');
    const [d] = only(text, CODE);
    assert.equal(textAt(text, d.range), '第二条');
    assert.equal(d.message, '“第二条”引用了其所在的条文，应写作“本条”');
    assert.equal(d.data?.fix?.newText, '本条');
  });

  it('reports a paragraph that cites itself (本款) and a plan item (本项)', () => {
    assert.equal(only(doc('第一条 甲。', '第二条 乙。', '依照第二条第二款办理。'), CODE)[0].data?.fix?.newText, '本款');
    assert.equal(only(doc('一、任务', '（一）甲。', '（二）按第（二）项办理。'), CODE)[0].data?.fix?.newText, '本项');
  });

  it('does not report 本条, another article, or the article a paragraph stands in', () => {
    assert.deepEqual(only(doc('第一条 甲。', '第二条 依照本条和第一条办理。', '依照第二条第一款办理。'), CODE), []);
  });
});
