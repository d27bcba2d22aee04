import * as assert from 'node:assert/strict';
import { doc, parse } from '../testUtil';
import { convertDocument, type ConversionOptions } from './conversion';

function convert(text: string, options: Partial<ConversionOptions> = {}) {
  return convertDocument(parse(text), { from: 'auto', to: 'hk', punctuation: false, protectedWords: [], ...options });
}

describe('conversion', () => {
  it('converts the text and leaves markers, document numbers, URLs, Latin text and numbers alone', () => {
    const text = doc('粤大湾区〔2021〕2号', '一、总体要求', '(一)发展定位。建设5G网络，访问 https://www.gd.gov.cn/发展 查询 OpenCC 资料。');
    const r = convert(text, { punctuation: true });
    assert.equal(r.text, doc('粤大湾区〔2021〕2号', '一、總體要求', '(一)發展定位。建設5G網絡，訪問 https://www.gd.gov.cn/发展 查詢 OpenCC 資料。'));
    assert.equal(r.from, 'cn');
  });

  it('leaves protected words and convert-off blocks alone', () => {
    const text = doc('广州穗港智造合作区建设。', 'gongwen-convert-off', '广州发展。', 'gongwen-convert-on', '广州发展。');
    const r = convert(text, { protectedWords: ['穗港智造合作区'] });
    assert.equal(r.text, doc('廣州穗港智造合作区建設。', 'gongwen-convert-off', '广州发展。', 'gongwen-convert-on', '廣州發展。'));
  });

  it('converts a phrase across a PDF line break and keeps the break where it was', () => {
    assert.equal(convert('推动制\n造业发展。\n', { to: 't' }).text, '推動製\n造業發展。\n');
  });

  it('converts punctuation only when asked: corner quotes for Hong Kong and Taiwan, full-width in Chinese text', () => {
    assert.equal(convert('坚持“一国两制”方针,推进(试点)工作。Hello, world.\n', { punctuation: true }).text, '堅持「一國兩制」方針，推進（試點）工作。Hello, world.\n');
    assert.equal(convert('坚持“一国两制”方针。\n').text, '堅持“一國兩制”方針。\n');
    assert.equal(convert('堅持「一國兩制」方針。\n', { to: 'cn', punctuation: true }).text, '坚持“一国两制”方针。\n');
  });

  it('marks the characters whose conversion depends on meaning, at their place in the converted text', () => {
    const r = convert('头发发展，干部干净。\n', { to: 'hk' });
    assert.equal(r.text, '頭髮發展，幹部乾淨。\n');
    const at = (ch: string) => r.reviews.filter((x) => x.source === ch).map((x) => [x.start, r.text.slice(x.start, x.end), x.alternatives.includes('髮') || x.alternatives.includes('發') || x.alternatives.length > 0]);
    assert.deepEqual(at('发'), [
      [1, '髮', true],
      [2, '發', true],
    ]);
    assert.deepEqual(
      at('干').map((x) => x[1]),
      ['幹', '乾'],
    );
  });

  it('converts only the range asked for', () => {
    const text = '广州发展。广州发展。\n';
    const r = convertDocument(parse(text), { from: 'cn', to: 'hk', punctuation: false, protectedWords: [] }, 5, 10);
    assert.equal(r.text, '廣州發展。');
  });

  it('converts back to Simplified, detecting the source script', () => {
    const r = convert('一、總體要求\n\n頭髮發展。\n', { to: 'cn' });
    assert.equal(r.text, '一、总体要求\n\n头发发展。\n');
    assert.equal(r.from, 't');
  });
});
