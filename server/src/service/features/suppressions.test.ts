import * as assert from 'node:assert/strict';
import { diagnose, doc } from '../testUtil';

describe('inline disable comments', () => {
  const codes = (text: string) => diagnose(text).map((d) => `${d.range.start.line}:${d.code}`);

  it('gongwen-disable-next-line silences one rule on the next line', () => {
    const text = doc('一、甲', 'gongwen-disable-next-line numbering/gap', '三、乙', '五、丙');
    assert.deepEqual(codes(text), ['6:numbering/gap']);
  });

  it('without codes it silences every rule, and it reads as an HTML comment in Markdown', () => {
    assert.deepEqual(codes(doc('一、甲', '<!-- gongwen-disable-next-line -->', '三、乙')), []);
  });

  it('gongwen-disable … gongwen-enable silences a block', () => {
    const text = doc('一、甲', 'gongwen-disable numbering/gap', '三、乙', '五、丙', 'gongwen-enable', '七、丁');
    assert.deepEqual(codes(text), ['10:numbering/gap']);
  });

  it('other rules stay on, and a comment line is not text of the document', () => {
    const text = doc('一、甲', 'gongwen-disable-next-line numbering/gap', '三、乙《未闭合');
    assert.deepEqual(codes(text), ['4:punct/unbalanced']);
  });

  it('is not fooled by the words in running text', () => {
    assert.deepEqual(codes(doc('一、甲', '说明 gongwen-disable-next-line numbering/gap 不是注释。', '三、乙')), ['4:numbering/gap']);
  });
});
