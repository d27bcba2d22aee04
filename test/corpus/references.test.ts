import * as assert from 'node:assert/strict';
import { createLanguageService, type GongwenDocument } from '../../server/src/service';
import { corpusDocument, corpusFiles, corpusText } from './corpus';

const service = createLanguageService();

function report(doc: GongwenDocument) {
  return service.getReferencesReport(doc);
}

/** “text → marker” for the references on a 1-based line. */
function onLine(doc: GongwenDocument, line: number): string[] {
  return report(doc)
    .references.filter((r) => r.range.start.line === line - 1)
    .map((r) => `${r.text} → ${r.external ? 'external' : (r.target?.marker ?? '✗')}`);
}

describe('corpus: cross-references', () => {
  for (const name of corpusFiles('statutes')) {
    it(`${name}: every internal reference resolves, none to itself`, () => {
      const doc = corpusDocument(name);
      const problems = service.getDiagnostics(doc).filter((d) => d.code === 'ref/unresolved' || d.code === 'ref/self');
      assert.deepEqual(
        problems.map((d) => `${d.range.start.line + 1}: ${d.message}`),
        [],
      );
      const internal = report(doc).references.filter((r) => !r.external);
      assert.ok(internal.every((r) => r.target !== null));
    });
  }

  it('resolves to the right article, paragraph and item (mainland usage)', () => {
    const xukefa = corpusDocument('statutes/law_xingzhengxukefa_2019.txt');
    assert.deepEqual(onLine(xukefa, 58), ['本法第十二条 → 第十二条']);
    const xingfa = corpusDocument('statutes/law_xingfa.txt');
    assert.ok(onLine(xingfa, 204).includes('前款 → 第三十七条之一第一款'));
    assert.deepEqual(onLine(xingfa, 94), ['前三款 → 第十七条第一款']);
    assert.ok(report(xingfa).references.filter((r) => !r.external).length > 400);
  });

  it('resolves Taiwan usage: 項 is a paragraph, 款 an item', () => {
    const tw = corpusDocument('statutes/tw_gerenziliao_baohufa.txt');
    assert.deepEqual(onLine(tw, 47), ['前項 → 第 6 條第一項', '第八條 → 第 8 條', '第九條 → 第 9 條', '前項第六款 → 六、', '第七條第一項 → 第 7 條第一項', '第二項 → 第 7 條第二項', '第四項 → 第 7 條第四項']);
    assert.deepEqual(onLine(tw, 22), ['前款 → 七、']);
  });

  it('does not resolve references to other documents, by title or by usual name', () => {
    const rules = corpusDocument('statutes/reg_zhuanlifa_shishixize_2023.txt');
    const refs = report(rules).references;
    const patentLaw = refs.filter((r) => r.text.startsWith('专利法第'));
    assert.ok(patentLaw.length > 50);
    assert.ok(patentLaw.every((r) => r.external && r.target === null));
    assert.ok(refs.some((r) => r.text.startsWith('本细则第') && r.target !== null));
    const tax = report(corpusDocument('statutes/reg_gov_gerensuodeshuifa_shishitiaoli_2018.txt')).references;
    const cited = tax.find((r) => r.text === '个人所得税法第四条第一款第二项');
    assert.deepEqual(cited?.external, { title: undefined, name: '个人所得税法' });
  });

  it('reports a reference to an article deleted from the text', () => {
    const text = corpusText('statutes/law_xingfa.txt').replace('第二百条 单位犯本节第一百九十四条', '第二百条 单位犯本法第一百九十九条、本节第一百九十四条');
    assert.notEqual(text, corpusText('statutes/law_xingfa.txt'), 'the edit applies');
    const doc: GongwenDocument = { uri: 'file:///xingfa-edited.txt', version: 1, getText: () => text };
    const deleted = service.getDiagnostics(doc).filter((d) => d.code === 'ref/unresolved');
    assert.deepEqual(
      deleted.map((d) => d.message),
      ['引用的“第一百九十九条”已删去'],
    );
  });
});

describe('corpus: defined terms', () => {
  it('the plan defines 合作区 once, uses it many times, and nothing is reported', () => {
    const doc = corpusDocument('plan-suigang-simplified.txt');
    const [term, ...rest] = report(doc).terms;
    assert.equal(rest.length, 0);
    assert.equal(term.name, '合作区');
    assert.equal(term.fullName, '广州穗港智造合作区');
    assert.ok(term.uses.length >= 30);
    assert.deepEqual(
      service.getDiagnostics(doc).filter((d) => d.code.startsWith('term/')),
      [],
    );
  });

  for (const name of ['opinion-guangdong-gba-simplified.txt', 'report-guangzhou-gba-simplified.txt']) {
    it(`${name} defines 《规划纲要》 once, uses it, and nothing is reported`, () => {
      const doc = corpusDocument(name);
      const terms = report(doc).terms;
      assert.deepEqual(
        terms.map((t) => [t.name, t.fullName]),
        [['《规划纲要》', '《粤港澳大湾区发展规划纲要》']],
      );
      assert.ok(terms[0].uses.length >= 2);
      assert.deepEqual(
        service.getDiagnostics(doc).filter((d) => d.code.startsWith('term/')),
        [],
      );
    });
  }

  it('reads the Hong Kong plan’s (下稱合作區) with half-width brackets', () => {
    const [term] = report(corpusDocument('plan-suigang-traditional-hk.txt')).terms;
    assert.equal(term.name, '合作區');
    assert.ok(term.uses.length >= 30);
  });
});
