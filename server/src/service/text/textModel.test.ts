import * as assert from 'node:assert/strict';
import { TextModel } from './textModel';

describe('TextModel', () => {
  it('splits LF, CRLF and CR lines and keeps terminators out of line text', () => {
    const m = new TextModel('一、甲\r\n二、乙\n三、丙\r四、丁');
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => m.line(i).text),
      ['一、甲', '二、乙', '三、丙', '四、丁'],
    );
    assert.equal(m.lineStart(1), 5);
    assert.equal(m.lineStart(2), 9);
    assert.equal(m.lineCount, 4);
  });

  it('counts columns in UTF-16 code units, as LSP does (an astral 𠀀 is two)', () => {
    const text = '𠀀一、总体要求';
    const m = new TextModel(text);
    const offset = text.indexOf('一');
    assert.equal(offset, 2);
    assert.deepEqual(m.positionAt(offset), { line: 0, character: 2 });
    assert.equal(m.offsetAt({ line: 0, character: 2 }), 2);
  });

  it('maps positions and offsets both ways across lines', () => {
    const text = 'ab\r\ncd\nef';
    const m = new TextModel(text);
    for (let i = 0; i <= text.length; i++) {
      const pos = m.positionAt(i);
      if (text[i - 1] === '\r' && text[i] === '\n') continue; // between CR and LF is not a position
      assert.equal(m.offsetAt(pos), Math.min(i, m.lineEnd(pos.line)), `offset ${i}`);
    }
    assert.deepEqual(m.positionAt(text.length), { line: 2, character: 2 });
  });

  it('clamps positions outside the text', () => {
    const m = new TextModel('ab\ncd');
    assert.equal(m.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(m.offsetAt({ line: 0, character: 99 }), 2);
    assert.deepEqual(m.positionAt(-3), { line: 0, character: 0 });
  });

  it('treats an empty text as one empty line', () => {
    const m = new TextModel('');
    assert.equal(m.lineCount, 1);
    assert.deepEqual(m.positionAt(0), { line: 0, character: 0 });
  });
});
