import * as assert from 'node:assert/strict';
import { createLanguageService, type GongwenDocument } from '../index';

const CODE = 'markdown/heading-level';

function check(text: string) {
  const doc: GongwenDocument = { uri: 'file:///draft.md', version: 1, languageId: 'markdown', getText: () => text };
  return createLanguageService().getDiagnostics(doc).filter((d) => d.code === CODE);
}

describe(CODE, () => {
  it('reports a lower level at a higher heading: # （一） under ## 一、', () => {
    const [d, ...rest] = check('## 一、总体要求\n\n# （一）指导思想\n\n## 二、主要任务\n');
    assert.equal(rest.length, 0);
    assert.equal(d.range.start.line, 2);
    assert.match(d.message, /应为“###”/);
  });

  it('reports one level at two depths', () => {
    const found = check('# 一、总体要求\n\n## （一）甲\n\n## 二、主要任务\n');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /同一层级的标题级别不一致/);
  });

  it('does not report headings that agree with their levels, or markers in paragraphs', () => {
    assert.deepEqual(check('# 一、总体要求\n\n## （一）指导思想\n\n1.协同推进。\n\n# 二、主要任务\n\n## （一）甲\n'), []);
  });
});
