import * as assert from 'node:assert/strict';
import { only, textAt } from '../testUtil';

const CODE = 'punct/nested-title-mark';

describe(CODE, () => {
  it('reports 《》 inside 《》 with a fix to 〈〉', () => {
    const text = '根据《关于修改《中华人民共和国立法法》的决定》修正。\n';
    const [d] = only(text, CODE);
    assert.equal(textAt(text, d.range), '《中华人民共和国立法法》');
    assert.equal(d.data?.fix?.newText, '〈中华人民共和国立法法〉');
  });

  it('reports <> inside 《》', () => {
    const text = '根据《国务院关于修改<中华人民共和国建筑法>的决定》修正。\n';
    const [d] = only(text, CODE);
    assert.equal(textAt(text, d.range), '<中华人民共和国建筑法>');
  });

  it('does not report 〈〉 inside 《》, or titles side by side', () => {
    assert.deepEqual(only('根据《关于修改〈中华人民共和国立法法〉的决定》和《规划纲要》。\n', CODE), []);
  });
});
