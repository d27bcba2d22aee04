import * as assert from 'node:assert/strict';
import { doc, only, textAt } from '../testUtil';

const CODE = 'script/mixed';

const TRADITIONAL = '推動科技成果共享中心等服務平台建設，加強粵港澳大灣區合作，推進大灣區建設，發揮香港優勢，加快基礎設施建設。';

describe(CODE, () => {
  it('reports a Simplified word in a Traditional text, with a fix in the document’s script', () => {
    const text = doc(TRADITIONAL, '支持服務平台建设，推動大湾区發展。');
    const found = only(text, CODE);
    assert.deepEqual(
      found.map((d) => textAt(text, d.range)),
      ['建设', '大湾区'],
    );
    assert.equal(found[0].message, '繁体文本中的简体字：“建设”应为“建設”');
    assert.equal(found[0].data?.fix?.newText, '建設');
    assert.equal(found[1].data?.fix?.newText, '大灣區');
  });

  it('reports a Traditional word in a Simplified text', () => {
    const text = doc('推动科技成果共享中心等服务平台建设，加强服务保障，发挥香港优势。', '支持服務发展。');
    assert.deepEqual(
      only(text, CODE).map((d) => textAt(text, d.range)),
      ['服務'],
    );
  });

  it('leaves characters valid in both scripts alone: 着, 台, 面, 群', () => {
    assert.deepEqual(only(doc(TRADITIONAL, '平台着力打造產業群，全面發展。'), CODE), []);
  });

  it('follows gongwen.script when it is set', () => {
    const text = doc('推动建设。');
    assert.deepEqual(only(text, CODE), []);
    assert.equal(only(text, CODE, { script: 'traditional' }).length, 1);
  });

  it('follows a gongwen-script line in the file over the detection', () => {
    const text = doc('gongwen-script traditional', '推动建设。');
    assert.deepEqual(
      only(text, CODE).map((d) => textAt(text, d.range)),
      ['动建设'],
    );
  });

  it('reports nothing in a text of one script', () => {
    assert.deepEqual(only(doc('推动科技成果共享中心等服务平台建设。'), CODE), []);
    assert.deepEqual(only(doc(TRADITIONAL), CODE), []);
  });
});
