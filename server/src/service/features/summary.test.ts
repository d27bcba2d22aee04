import * as assert from 'node:assert/strict';
import { diagnose, doc, parse } from '../testUtil';
import { isPolicyDocument, summarize } from './summary';

describe('summary', () => {
  it('counts the levels a document uses and its problems', () => {
    const text = doc('一、甲', '（一）子。', '（二）子。', '三、乙');
    const s = summarize(parse(text), diagnose(text));
    assert.deepEqual(
      s.levels.map((l) => `${l.example}${l.count}`),
      ['一、2', '（一）2'],
    );
    assert.equal(s.errors, 1);
  });

  it('tells policy documents from other text files', () => {
    assert.equal(isPolicyDocument(parse(doc('一、总体要求', '二、主要任务'))), true);
    assert.equal(isPolicyDocument(parse(doc('第一条 为了规范管理，制定本办法。'))), true);
    assert.equal(isPolicyDocument(parse(doc('国办发〔2018〕128号'))), true);
    assert.equal(isPolicyDocument(parse(doc('# Notes', '1. buy milk', '2. call home'))), false);
    assert.equal(isPolicyDocument(parse('')), false);
  });
});
