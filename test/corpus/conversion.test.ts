import * as assert from 'node:assert/strict';
import { createLanguageService, type ConvertLocale, type GongwenDocument, type OutlineNode } from '../../server/src/service';
import { corpusDocument, corpusFiles, corpusText } from './corpus';

const service = createLanguageService();

function document(uri: string, text: string): GongwenDocument {
  return { uri, version: 1, getText: () => text };
}

function markers(nodes: readonly OutlineNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    out.push(`${n.range.start.line}:${n.range.start.character}:${n.marker}`);
    markers(n.children, out);
  }
  return out;
}

/** Each line with its ideographs taken out: what conversion must leave exactly as it was. */
function skeleton(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ''));
}

describe('corpus: script conversion and mixed scripts', () => {
  it('finds the stray Simplified words of the Hong Kong news report, and its fixes make them Traditional', () => {
    const doc = corpusDocument('news-suigang-traditional-hk.txt');
    const text = corpusText('news-suigang-traditional-hk.txt');
    const stray = service.getDiagnostics(doc).filter((d) => d.code === 'script/mixed');
    const lines = text.split('\n');
    const words = stray.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
    assert.deepEqual(words, ['建设', '大湾区', '园']);
    assert.deepEqual(
      stray.map((d) => d.data?.fix?.newText),
      ['建設', '大灣區', '園'],
    );
  });

  it('finds none in the Hong Kong plan or the Taiwan laws, and none in the Simplified documents', () => {
    for (const name of ['plan-suigang-traditional-hk.txt', 'statutes/tw_gerenziliao_baohufa.txt', 'statutes/tw_xingzhengchengxufa.txt', 'plan-suigang-simplified.txt', 'opinion-guangdong-gba-simplified.txt']) {
      assert.deepEqual(
        service.getDiagnostics(corpusDocument(name)).filter((d) => d.code === 'script/mixed'),
        [],
        name,
      );
    }
  });

  for (const name of ['plan-suigang-simplified.txt', 'opinion-guangdong-gba-simplified.txt', 'report-guangzhou-gba-simplified.txt', ...corpusFiles('statutes').filter((f) => !f.includes('/tw_')), ...corpusFiles('policies')]) {
    it(`${name}: to Traditional and back leaves every marker, non-Chinese character and line break in place`, () => {
      const text = corpusText(name);
      const original = service.getOutline(document('file:///orig.txt', text));
      for (const to of ['t', 'hk', 'tw'] as ConvertLocale[]) {
        const there = service.convert(document(`file:///${to}.txt`, text), { from: 'cn', to, punctuation: false }).text;
        assert.deepEqual(skeleton(there), skeleton(text), `${to}: non-Chinese characters and line breaks`);
        assert.deepEqual(markers(service.getOutline(document(`file:///${to}-outline.txt`, there))), markers(original), `${to}: markers`);
        const back = service.convert(document(`file:///${to}-back.txt`, there), { from: to, to: 'cn', punctuation: false }).text;
        assert.deepEqual(skeleton(back), skeleton(text), `${to} and back`);
        assert.deepEqual(markers(service.getOutline(document(`file:///${to}-back-outline.txt`, back))), markers(original), `${to} and back: markers`);
      }
    });
  }

  it('converts across a hard line break as across none: 制\\n造 as 製\\n造', () => {
    const r = service.convert(document('file:///wrap.txt', '推动制\n造业智能化\n转型。'), { from: 'cn', to: 'hk', punctuation: false });
    assert.equal(r.text, '推動製\n造業智能化\n轉型。');
  });
});
