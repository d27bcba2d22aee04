import * as assert from 'node:assert/strict';
import { createLanguageService, type GongwenDocument, type LanguageService, RenameError, type Workspace } from '../index';
import { TextModel } from '../text/textModel';
import type { Position } from '../types';

function document(uri: string, text: string): GongwenDocument {
  return { uri, version: 1, getText: () => text };
}

/** The position of the n-th occurrence (0-based) of `needle`, plus `delta` characters. */
function pos(text: string, needle: string, n = 0, delta = 1): Position {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} #${n} not found`);
  return new TextModel(text).positionAt(i + delta);
}

const REG = [
  '广州市某某管理办法',
  '',
  '第一条 为了加强管理，根据《中华人民共和国行政许可法》第十二条，制定本办法。',
  '',
  '第二条 本办法所称的事项包括：',
  '（一）甲事项；',
  '（二）乙事项。',
  '',
  '第三条 依照本办法第二条第（二）项办理。设立广州市某某服务中心（以下简称服务中心），服务中心负责。',
  '',
  '第四条 服务中心依照第三条和前条规定，参照《行政许可实施规定》第二条执行。',
  '',
].join('\n');

const LAW = ['行政许可实施规定', '', '第一条 总则。', '', '第二条 行政许可的实施程序。', ''].join('\n');

describe('navigation', () => {
  const reg = document('file:///ws/reg.txt', REG);
  const law = document('file:///ws/law.txt', LAW);
  const workspace: Workspace = { documents: () => [reg, law] };
  let service: LanguageService;

  beforeEach(() => {
    service = createLanguageService({ workspace });
  });

  describe('definition', () => {
    it('goes from a reference to the clause heading it cites', () => {
      const [loc] = service.getDefinition(reg, pos(REG, '本办法第二条第（二）项', 0, 8));
      assert.equal(loc.uri, reg.uri);
      assert.deepEqual(loc.range.start, { line: 6, character: 0 });
    });

    it('goes from an abbreviation to its definition', () => {
      const [loc] = service.getDefinition(reg, pos(REG, '服务中心', 2));
      assert.deepEqual(loc.range.start, pos(REG, '广州市某某服务中心', 0, 0));
    });

    it('goes from 《title》第二条 to that article in the workspace document with that title', () => {
      const [loc] = service.getDefinition(reg, pos(REG, '《行政许可实施规定》第二条', 0, 12));
      assert.equal(loc.uri, law.uri);
      assert.equal(loc.range.start.line, 4);
    });

    it('goes from a bare 《title》 to the document, and finds nothing for a title not in the workspace', () => {
      const [loc] = service.getDefinition(reg, pos(REG, '《行政许可实施规定》', 0, 3));
      assert.equal(loc.uri, law.uri);
      assert.deepEqual(service.getDefinition(reg, pos(REG, '《中华人民共和国行政许可法》', 0, 3)), []);
    });
  });

  describe('references', () => {
    it('finds every reference to a clause from its heading, across the workspace', () => {
      const locs = service.getReferences(law, pos(LAW, '第二条', 0, 1), false);
      assert.deepEqual(
        locs.map((l) => `${l.uri}:${l.range.start.line}`),
        ['file:///ws/reg.txt:10'],
      );
      const here = service.getReferences(reg, pos(REG, '第三条 ', 0, 1), true);
      assert.deepEqual(
        here.map((l) => l.range.start.line),
        [8, 10, 10],
      );
    });

    it('finds the uses of a defined term', () => {
      const locs = service.getReferences(reg, pos(REG, '服务中心', 1), true);
      assert.equal(locs.length, 3, 'the definition and two uses (not the full name)');
    });
  });

  describe('hover', () => {
    it('shows the cited clause’s marker, title and first words', () => {
      const h = service.getHover(reg, pos(REG, '本办法第二条第（二）项', 0, 3));
      assert.match(h?.contents.value ?? '', /\*\*（二）\*\* 乙事项/);
    });

    it('shows an abbreviation’s full name and where it is defined', () => {
      const h = service.getHover(reg, pos(REG, '服务中心', 3));
      assert.equal(h?.contents.value, '**服务中心**：广州市某某服务中心（第9行定义）');
    });

    it('shows nothing over plain text', () => {
      assert.equal(service.getHover(reg, { line: 0, character: 2 }), null);
    });
  });

  describe('rename', () => {
    it('renames a defined abbreviation everywhere', () => {
      assert.deepEqual(service.prepareRename(reg, pos(REG, '服务中心', 2))?.placeholder, '服务中心');
      const edit = service.rename(reg, pos(REG, '服务中心', 2), '中心站');
      assert.equal(edit.changes[reg.uri].length, 3);
      assert.ok(edit.changes[reg.uri].every((e) => e.newText === '中心站'));
    });

    it('refuses names that collide, are empty or hold punctuation, and places that are not terms', () => {
      assert.throws(() => service.rename(reg, pos(REG, '服务中心', 2), '办法'), RenameError);
      assert.throws(() => service.rename(reg, pos(REG, '服务中心', 2), ' '), /为空|empty/);
      assert.throws(() => service.rename(reg, pos(REG, '服务中心', 2), '中心，站'), RenameError);
      assert.equal(service.prepareRename(reg, { line: 0, character: 1 }), null);
    });
  });

  it('highlights a term’s definition and uses', () => {
    const hs = service.getDocumentHighlights(reg, pos(REG, '服务中心', 1));
    assert.equal(hs.length, 3);
    assert.equal(hs[0].kind, 3);
  });

  it('links a 《title》 whose document is in the workspace, and only that one', () => {
    const links = service.getDocumentLinks(reg);
    assert.deepEqual(
      links.map((l) => l.target),
      [law.uri],
    );
  });

  it('completes after 第 with the articles and items that exist', () => {
    const text = REG + '第五条 依照第';
    const d = document('file:///ws/draft.txt', text);
    const items = service.getCompletions(d, new TextModel(text).positionAt(text.length));
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('第二条'));
    assert.ok(labels.includes('第（二）项'));
    assert.equal(items.find((i) => i.label === '第一条')?.detail, '为了加强管理，根据《中华人民共和国行政许可法》第…');
    assert.deepEqual(service.getCompletions(d, { line: 0, character: 2 }), []);
  });

  it('shows the cited title as an inlay hint after a reference', () => {
    const hints = service.getInlayHints(reg, { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } });
    assert.ok(hints.some((h) => h.label === '乙事项'));
  });

  it('reports references and terms for the CLI', () => {
    const report = service.getReferencesReport(reg);
    const own = report.references.find((r) => r.text === '本办法第二条第（二）项');
    assert.equal(own?.target?.marker, '（二）');
    assert.deepEqual(report.references.find((r) => r.text === '《中华人民共和国行政许可法》第十二条')?.external, { title: '中华人民共和国行政许可法', name: undefined });
    assert.deepEqual(
      report.terms.map((t) => [t.name, t.fullName, t.uses.length]),
      [['服务中心', '广州市某某服务中心', 2]],
    );
  });
});

describe('completion of the next marker', () => {
  const service = createLanguageService();

  it('offers the next item at each level and a first sub-item on an empty line', () => {
    const text = '一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n';
    const labels = service.getCompletions(document('file:///a.txt', text), { line: 6, character: 0 }).map((i) => i.label);
    assert.deepEqual(labels, ['（三）', '二、', '1.']);
  });

  it('numbers on through a level numbered across parents, and continues articles', () => {
    const plan = '一、任务\n\n（一）甲。\n\n1.子。\n\n2.子。\n\n（二）乙。\n\n3.子。\n\n（三）丙。\n\n';
    const labels = service.getCompletions(document('file:///b.txt', plan), { line: 14, character: 0 }).map((i) => i.label);
    assert.deepEqual(labels, ['（四）', '二、', '4.']);
    const reg = '第一条 甲。\n\n第二条 乙。\n\n';
    assert.deepEqual(
      service.getCompletions(document('file:///c.txt', reg), { line: 4, character: 0 }).map((i) => i.label),
      ['第三条', '（一）'],
    );
  });
});
