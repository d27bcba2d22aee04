import * as assert from 'node:assert/strict';
import { doc, parse } from '../testUtil';
import { foldingRanges } from './folding';

describe('folding', () => {
  it('folds each clause that spans more than its heading line', () => {
    const ranges = foldingRanges(parse(doc('一、总体要求', '（一）指导思想。', '正文。', '（二）发展定位。', '二、主要任务')));
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 6 },
      { startLine: 2, endLine: 4 },
    ]);
  });
});
