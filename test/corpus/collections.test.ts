import * as assert from 'node:assert/strict';
import { createLanguageService, DiagnosticSeverity, type OutlineNode } from '../../server/src/service';
import { corpusDocument, corpusFiles, corpusText } from './corpus';

const service = createLanguageService();

/** Headings found independently of the parser: 第X编/章/节 and 第X条 at the start of a line with a space after. */
function headingsByRegex(text: string): string[] {
  const out: string[] = [];
  const re = /^[ \u3000]*(第[ ]?[一二三四五六七八九十百零〇]+[ ]?[编編章节節]|第[ ]?(?:[一二三四五六七八九十百零〇]+|\d+(?:-\d+)?)[ ]?[条條](?:之[一二三四五六七八九十]+)?)(?=[ \u3000]|$)/;
  for (const line of text.split(/\r?\n/)) {
    const m = re.exec(line);
    if (m) out.push(m[1]);
  }
  return out;
}

function regulationMarkers(nodes: readonly OutlineNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (['part', 'chapter', 'section', 'article'].includes(n.kind)) out.push(n.marker);
    regulationMarkers(n.children, out);
  }
  return out;
}

/** Lines that really write a marker wrongly: half-width brackets, a full-width dot, 、 after an Arabic numeral. */
function wronglyWrittenMarkerLines(text: string): number[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => (/^[ \u3000]*(\([一二三四五六七八九十\d]+\)|[0-9０-９]+[．、]|[一二三四五六七八九十]+[.．，])/.test(line) ? i : -1))
    .filter((i) => i >= 0);
}

describe('corpus: statutes', () => {
  for (const name of corpusFiles('statutes')) {
    describe(name, () => {
      const doc = corpusDocument(name);
      const text = corpusText(name);

      it('has every 编/章/节/条 in the outline, in order, 之一 articles and （删去） placeholders included', () => {
        const expected = headingsByRegex(text);
        assert.ok(expected.length > 20, `few headings found in ${name}`);
        assert.deepEqual(regulationMarkers(service.getOutline(doc)), expected);
      });

      it('has no numbering diagnostic of warning or error severity, but for markers the text really writes wrongly', () => {
        const diagnostics = service.getDiagnostics(doc).filter((d) => d.code.startsWith('numbering/') && d.severity <= DiagnosticSeverity.Warning);
        const wrong = new Set(wronglyWrittenMarkerLines(text));
        for (const d of diagnostics) {
          assert.equal(d.code, 'numbering/marker-format', `${d.code} at line ${d.range.start.line + 1}: ${d.message}`);
          assert.ok(wrong.has(d.range.start.line), `line ${d.range.start.line + 1} is flagged but writes its marker correctly`);
        }
      });
    });
  }

  it('keeps the criminal law’s inserted articles and deleted placeholders', () => {
    const model = service.getModel(corpusDocument('statutes/law_xingfa.txt'));
    assert.ok(model.allClauses.filter((c) => c.kind === 'article' && c.sub !== undefined).length >= 40);
    const deleted = model.allClauses.filter((c) => c.deleted);
    assert.deepEqual(
      deleted.map((c) => c.number),
      [199],
    );
  });

  it('reads the Taiwan laws’ 第 1-1 條 headings', () => {
    const model = service.getModel(corpusDocument('statutes/tw_gerenziliao_baohufa.txt'));
    const inserted = model.allClauses.find((c) => c.kind === 'article' && c.number === 1 && c.sub === 1);
    assert.ok(inserted);
  });
});

describe('corpus: policies', () => {
  for (const name of corpusFiles('policies')) {
    it(`${name}: no numbering diagnostic of warning or error severity, but for markers the text really writes wrongly`, () => {
      const doc = corpusDocument(name);
      const text = corpusText(name);
      assert.ok(service.getModel(doc).allClauses.length > 5, 'structure found');
      const wrong = new Set(wronglyWrittenMarkerLines(text));
      for (const d of service.getDiagnostics(doc).filter((x) => x.code.startsWith('numbering/') && x.severity <= DiagnosticSeverity.Warning)) {
        assert.equal(d.code, 'numbering/marker-format', `${d.code} at line ${d.range.start.line + 1}: ${d.message}`);
        assert.ok(wrong.has(d.range.start.line), `line ${d.range.start.line + 1} is flagged but writes its marker correctly`);
      }
    });
  }

  it('flags the 临时救助 实施细则’s half-width (一)…(四)', () => {
    const diagnostics = service.getDiagnostics(corpusDocument('policies/gz_linshijiuzhu_shishixize_2021.txt')).filter((d) => d.code === 'numbering/marker-format');
    assert.equal(diagnostics.length, 4);
  });

  it('reads an attachment note (附件：1.…… 2.……) as a list of its own', () => {
    const model = service.getModel(corpusDocument('policies/gz_jiatingyisheng_shishifangan_2023.txt'));
    assert.deepEqual(
      model.preamble.attachments.map((a) => a.items.map((i) => i.number)),
      [[1, 2]],
    );
  });

  it('reads the 国务院工作规则’s 一、…五十四、 as running on through its chapters', () => {
    const model = service.getModel(corpusDocument('policies/policy_gov_guowuyuan_gongzuoguize_2004.txt'));
    const cn = model.sequences.find((s) => s.kind === 'cn');
    assert.equal(cn?.convention, 'continuous');
    assert.equal(model.allClauses.filter((c) => c.kind === 'cn').length, 54);
  });
});
