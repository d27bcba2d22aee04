import * as assert from 'node:assert/strict';
import { createLanguageService, DiagnosticSeverity, type OutlineNode } from '../../server/src/service';
import { corpusDocument, corpusText } from './corpus';

const service = createLanguageService();

function labels(nodes: readonly OutlineNode[]): string[] {
  return nodes.map((n) => n.marker + n.title);
}

describe('corpus: the founding documents', () => {
  describe('plan-suigang-simplified.txt', () => {
    const doc = corpusDocument('plan-suigang-simplified.txt');

    it('has the outline 一、（一）…（四） 二、（一）…（四） holding 1.–13. 三、（一）…（三）', () => {
      const outline = service.getOutline(doc);
      assert.deepEqual(labels(outline), ['一、总体要求', '二、主要任务', '三、保障措施']);
      assert.deepEqual(labels(outline[0].children), ['（一）指导思想', '（二）发展定位', '（三）空间布局', '（四）建设目标']);
      assert.deepEqual(
        outline[1].children.map((c) => c.children.map((i) => i.number)),
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9, 10],
          [11, 12, 13],
        ],
      );
      assert.deepEqual(labels(outline[1].children), ['（一）打造智能制造合作新空间', '（二）构建科技引领产业升级共同体', '（三）打造国家级经开区转型新标杆', '（四）建设宜居宜业优质生活圈']);
      assert.equal(outline[1].children[3].children[2].title, '争创港澳青年创业就业新高地');
      assert.deepEqual(labels(outline[2].children), ['（一）加强组织保障', '（二）强化政策协同', '（三）加强风险防控']);
    });

    it('has no numbering, punctuation-balance or format diagnostic of warning or error severity', () => {
      const serious = service.getDiagnostics(doc).filter((d) => d.severity <= DiagnosticSeverity.Warning);
      assert.deepEqual(serious, []);
    });

    it('reads 1.…13. as numbered on across （一）…（四）, and 包括三个部分 as three dash items', () => {
      const model = service.getModel(doc);
      assert.equal(model.sequences.find((s) => s.kind === 'num')?.convention, 'continuous');
      const count = model.counts.find((c) => c.text === '包括三个部分');
      assert.equal(count?.following?.kind, 'dash');
      assert.equal(count?.following?.count, 3);
    });

    it('does not take the wrapped line 第十二人民医院 or 25号线 for a heading', () => {
      const model = service.getModel(doc);
      const lines = corpusText('plan-suigang-simplified.txt').split('\n');
      for (const c of model.allClauses) assert.ok(!/^(第十二人民医院|25号线)/.test(lines[c.line]), lines[c.line]);
    });

    it('finds the 发文字号, 成文日期 and 署名', () => {
      const p = service.getModel(doc).preamble;
      assert.deepEqual(
        p.docNumbers.map((d) => d.text),
        ['粤大湾区〔2021〕2号'],
      );
      assert.deepEqual(
        p.dates.map((d) => d.text),
        ['2021年2月2日'],
      );
      assert.deepEqual(
        p.signatures.map((d) => d.text),
        ['广东省推进粤港澳大湾区建设领导小组'],
      );
    });
  });

  describe('plan-suigang-traditional-hk.txt', () => {
    it('has the same structure as the Simplified plan, with its half-width (一) headings flagged', () => {
      const doc = corpusDocument('plan-suigang-traditional-hk.txt');
      const outline = service.getOutline(doc);
      assert.equal(outline.length, 3);
      assert.deepEqual(
        outline.map((p) => p.children.length),
        [4, 4, 3],
      );
      assert.deepEqual(
        outline[1].children.flatMap((c) => c.children.map((i) => i.number)),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      );
      const codes = new Set(service.getDiagnostics(doc).filter((d) => d.severity <= DiagnosticSeverity.Warning).map((d) => d.code));
      assert.deepEqual([...codes], ['numbering/marker-format']);
    });
  });

  describe('opinion-guangdong-gba-simplified.txt', () => {
    const doc = corpusDocument('opinion-guangdong-gba-simplified.txt');

    it('has eleven parts holding （一）…（六十六） in order', () => {
      const outline = service.getOutline(doc);
      assert.equal(outline.length, 11);
      assert.deepEqual(
        outline.map((p) => p.number),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      );
      const items = outline.flatMap((p) => p.children.map((c) => c.number));
      assert.deepEqual(
        items,
        Array.from({ length: 66 }, (_, i) => i + 1),
      );
    });

    it('has no gap or order diagnostics, and flags every heading written with half-width brackets', () => {
      const diagnostics = service.getDiagnostics(doc);
      assert.deepEqual(
        diagnostics.filter((d) => ['numbering/gap', 'numbering/order', 'numbering/duplicate', 'numbering/start'].includes(d.code)),
        [],
      );
      const halfWidthLines = corpusText('opinion-guangdong-gba-simplified.txt')
        .split('\n')
        .map((line, i) => (/^\s*\([一二三四五六七八九十]+\)/.test(line) ? i : -1))
        .filter((i) => i >= 0);
      assert.ok(halfWidthLines.length >= 10);
      const flagged = diagnostics.filter((d) => d.code === 'numbering/marker-format').map((d) => d.range.start.line);
      assert.deepEqual(flagged, halfWidthLines);
    });

    it('reads 第一步…第三步 as a complete step sequence', () => {
      const steps = service.getModel(doc).inlineItems.filter((i) => i.kind === 'step');
      assert.deepEqual(
        steps.map((s) => s.number),
        [1, 2, 3],
      );
    });
  });

  describe('report-guangzhou-gba-simplified.txt', () => {
    const doc = corpusDocument('report-guangzhou-gba-simplified.txt');

    it('has seven parts whose titles are the text before the first 。', () => {
      assert.deepEqual(labels(service.getOutline(doc)), [
        '一、凝聚大湾区建设力量形成新合力',
        '二、综合性门户城市功能实现新提升',
        '三、与港澳规则衔接取得新突破',
        '四、共建国际科技创新中心取得新成效',
        '五、现代产业体系建设迈出新步伐',
        '六、宜居宜业宜游优质生活圈建设取得新进展',
        '七、引领带动全省区域协调发展新格局',
      ]);
    });

    it('finds the title on the first line', () => {
      assert.deepEqual(
        service.getModel(doc).preamble.titles.map((t) => t.text),
        ['广州市推进粤港澳大湾区建设进展情况'],
      );
    });

    it('finds 以下八个方面 followed by 一是…八是, and no count mismatch', () => {
      const model = service.getModel(doc);
      const count = model.counts.find((c) => c.text.includes('以下八个方面'));
      assert.equal(count?.count, 8);
      assert.equal(count?.following?.kind, 'inline');
      assert.equal(count?.following?.count, 8);
      assert.deepEqual(
        service.getDiagnostics(doc).filter((d) => d.code.startsWith('numbering/')),
        [],
      );
    });
  });

  describe('news-suigang-traditional-hk.txt', () => {
    it('is read without any numbering diagnostic', () => {
      const doc = corpusDocument('news-suigang-traditional-hk.txt');
      assert.deepEqual(
        service.getDiagnostics(doc).filter((d) => d.code.startsWith('numbering/')),
        [],
      );
    });
  });
});
