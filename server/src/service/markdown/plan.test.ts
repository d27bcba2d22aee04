import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeDiagnostics } from '../features/diagnostics';
import { outlineTree, type OutlineNode } from '../features/outline';
import type { Clause, DocumentModel } from '../model/document';
import { parseDocument } from '../parse/parser';
import { DEFAULT_SETTINGS } from '../settings';
import { textAt } from '../testUtil';
import { TextModel } from '../text/textModel';
import { isProse, markdownParseOptions, maskMarkdown } from './index';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const FIXTURES = path.join(REPO_ROOT, 'server', 'src', 'service', 'markdown', 'fixtures');
const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

/** The Markdown document parsed the way the service parses it: the masked text. */
function parseMarkdown(text: string): DocumentModel {
  const view = maskMarkdown(text);
  return parseDocument(new TextModel(view.masked), markdownParseOptions(view));
}

interface Shape {
  kind: string;
  marker: string | undefined;
  number: number | undefined;
  title: string;
  paragraphs: number;
  children: Shape[];
}

function shape(clauses: readonly Clause[]): Shape[] {
  return clauses.map((c) => ({
    kind: c.kind,
    marker: c.marker?.text,
    number: c.number,
    title: c.title,
    paragraphs: c.paragraphs.length,
    children: shape(c.children),
  }));
}

interface Outline {
  marker: string;
  number: number | null;
  title: string;
  line: number;
  children: Outline[];
}

function outline(nodes: readonly OutlineNode[]): Outline[] {
  return nodes.map((n) => ({ marker: n.marker, number: n.number, title: n.title, line: n.range.start.line, children: outline(n.children) }));
}

describe('markdown/plan', () => {
  const plain = [
    '关于推进智能制造合作的实施方案',
    '',
    '一、总体要求',
    '',
    '（一）指导思想。',
    '',
    '以新发展理念为指导，推动制造业智能化发展，详见规划纲要。',
    '',
    '（二）工作目标。',
    '',
    '到2025年，形成一批智能制造示范项目。',
    '',
    '二、主要任务',
    '',
    '1.协同推进制造业智能化转型。加强与香港高校合作。',
    '',
    '2.拓展制造业对接合作新载体。支持香港机构参与共建。',
    '',
    '3.推进智能制造服务体系建设。培育一批解决方案供应商。',
    '',
  ].join('\n');

  const markdown = [
    '关于推进智能制造合作的实施方案',
    '',
    '# 一、总体要求',
    '',
    '## （一）指导思想。',
    '',
    '以**新发展理念**为指导，推动制造业_智能化_发展，详见[规划纲要](https://example.gov.cn/plan "规划纲要")。',
    '',
    '```text',
    '三、这一行在代码里，不是标题',
    '（三）也不是',
    '```',
    '',
    '## （二）工作目标。',
    '',
    '到2025年，形成一批`智能制造`示范项目。',
    '',
    '# 二、主要任务',
    '',
    '1. 协同推进制造业智能化转型。加强与香港高校合作。',
    '',
    '2. 拓展制造业对接合作新载体。支持香港机构参与共建。',
    '',
    '3. 推进智能制造服务体系建设。培育一批解决方案供应商。',
    '',
  ].join('\n');

  it('gives the same clause tree as the plain-text version', () => {
    const expected = shape(parseDocument(new TextModel(plain)).clauses);
    const actual = shape(parseMarkdown(markdown).clauses);
    assert.deepEqual(actual, expected);
    assert.deepEqual(
      actual.map((c) => c.marker),
      ['一、', '二、'],
    );
    assert.deepEqual(
      actual[1].children.map((c) => c.marker),
      ['1.', '2.', '3.'],
    );
  });

  it('places clauses at the Markdown source’s lines and offsets', () => {
    const model = parseMarkdown(markdown);
    const source = new TextModel(markdown);
    const lines = model.allClauses.map((c) => c.line);
    assert.deepEqual(lines, [2, 4, 13, 17, 19, 21, 23]);
    for (const c of model.allClauses) {
      assert.equal(markdown.slice(c.start, c.start + c.marker!.text.length), c.marker!.text);
      assert.equal(source.positionAt(c.start).line, c.line);
    }
  });

  it('reports diagnostics at the Markdown source’s ranges', () => {
    const text = '# 一、总体要求\n\n正文。\n\n# 三、保障措施\n\n1. 甲。\n\n**(二)** 乙。\n';
    const view = maskMarkdown(text);
    const diagnostics = computeDiagnostics(parseDocument(new TextModel(view.masked), markdownParseOptions(view)), 'file:///plan.md', DEFAULT_SETTINGS);
    const gap = diagnostics.find((d) => d.code === 'numbering/gap')!;
    assert.equal(textAt(text, gap.range), '三、');
    const fix = (gap.data as { fix: { range: typeof gap.range } }).fix;
    assert.equal(textAt(text, fix.range), '三、');
    // (二) is followed by the spaces of ** in the masked text, and the marker-format fix takes the
    // spaces after a marker with it: applied to the source it would delete the **. isProse tells.
    const format = diagnostics.find((d) => d.code === 'numbering/marker-format')!;
    const range = (format.data as { fix: { range: typeof gap.range } }).fix.range;
    assert.equal(textAt(text, range), '(二)** ');
    const model = new TextModel(text);
    assert.ok(!isProse(view, model.offsetAt(range.start), model.offsetAt(range.end)));
    assert.ok(isProse(view, model.offsetAt(fix.range.start), model.offsetAt(fix.range.end)));
  });

  it('parses items of a tight ordered list (no blank lines between) like separate paragraphs', () => {
    const tight = '# 二、主要任务\n\n1. 协同推进制造业智能化转型。\n2. 拓展制造业对接合作新载体。\n3. 推进智能制造服务体系建设。\n';
    const model = parseMarkdown(tight);
    assert.deepEqual(
      model.allClauses.map((c) => c.marker?.text),
      ['二、', '1.', '2.', '3.'],
    );
  });

  it('gives the corpus plan’s outline from its Markdown version', function () {
    const txtFile = path.join(CORPUS, 'plan-suigang-simplified.txt');
    if (!fs.existsSync(txtFile)) throw new Error(`corpus file ${txtFile} is missing: the tests expect ../shared beside the repository`);
    const txt = fs.readFileSync(txtFile, 'utf8');
    const md = fs.readFileSync(path.join(FIXTURES, 'plan-suigang-simplified.md'), 'utf8');
    const txtModel = parseDocument(new TextModel(txt));
    const mdModel = parseMarkdown(md);
    const expected = outline(outlineTree(txtModel));
    const actual = outline(outlineTree(mdModel));
    assert.deepEqual(actual, expected);
    // The rest of the model agrees too: paragraphs, title lines, the 发文字号 and the date.
    const lines = (m: DocumentModel) => m.paragraphs.map((p) => [p.firstLine, p.lastLine]);
    assert.deepEqual(lines(mdModel), lines(txtModel));
    assert.deepEqual(
      mdModel.preamble.titles.map((t) => t.text),
      txtModel.preamble.titles.map((t) => t.text),
    );
    assert.deepEqual(
      mdModel.preamble.docNumbers.map((d) => d.text),
      txtModel.preamble.docNumbers.map((d) => d.text),
    );
    assert.deepEqual(
      actual.map((n) => `${n.marker}${n.title}`),
      ['一、总体要求', '二、主要任务', '三、保障措施'],
    );
    assert.equal(actual[1].children.flatMap((c) => c.children).length, 13);
    // The Markdown headings are the plan's 一、 and （一） levels.
    const view = maskMarkdown(md);
    assert.deepEqual(
      [...new Set(view.headings.map((h) => h.depth))],
      [1, 2],
    );
    assert.equal(view.headings.length, 14);
  });
});
