import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'punct/unbalanced';

describe(CODE, () => {
  it('reports an unclosed title mark', () => {
    const text = '为贯彻落实《粤港澳大湾区发展规划纲要战略部署。\n';
    const [d, ...rest] = only(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, d.range), '《');
    assert.equal(d.message, '“《”没有对应的“》”（同一段落内）');
  });

  it('reports a closer without an opener and an opener left inside another pair', () => {
    assert.equal(only('学历教育包括高中阶段教育（普通高中、技工教育)、高等教育。\n', CODE).length, 1);
    const crossed = only('他说“这是（重要的”事情。\n', CODE);
    assert.equal(crossed.length, 1);
    assert.match(crossed[0].message, /“（”/);
  });

  it('checks every pair: “” ‘’ （） 《》 〔〕 【】', () => {
    for (const ch of ['“', '‘', '（', '《', '〔', '【', '”', '’', '）', '》', '〕', '】']) {
      assert.equal(only(`甲${ch}乙。\n`, CODE).length, 1, ch);
    }
  });

  it('pairs across a line broken inside a paragraph, not across paragraphs', () => {
    assert.deepEqual(only(' 2月19日晚间，广东省印发《广州穗港智造合作区建设实施方案\n》。\n', CODE), []);
    assert.equal(only(doc('他说：“甲。', '乙。”'), CODE).length, 2);
  });

  it('counts columns in UTF-16 code units after astral characters', () => {
    const [d] = only('𠀀《甲。\n', CODE);
    assert.deepEqual(d.range.start, { line: 0, character: 2 });
  });

  it('does not report balanced text or apostrophes in Latin words', () => {
    assert.deepEqual(only('“一国两制”方针（见《纲要》〔2021〕【注】）。It’s fine.\n', CODE), []);
  });
});
