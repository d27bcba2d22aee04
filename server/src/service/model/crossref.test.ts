import * as assert from 'node:assert/strict';
import { doc, parse } from '../testUtil';
import { crossReferences, targetLabel, type ResolvedReference } from './crossref';
import type { DocumentModel } from './document';

/** Each reference as “text → target label” (external: “text → (external)”, unresolved: “text → ✗”). */
function resolved(model: DocumentModel): string[] {
  const { references, legalSystem } = crossReferences(model);
  return references.map((r) => `${r.ref.text} → ${describeTarget(r, legalSystem)}`);
}

function describeTarget(r: ResolvedReference, system: 'mainland' | 'taiwan'): string {
  if (r.external) return '(external)';
  if (r.problem?.kind === 'missing') return '✗';
  if (r.problem?.kind === 'deleted') return `${targetLabel(r.problem.target, system)} (deleted)`;
  const labels = r.targets.map((t) => targetLabel(t, system) + (t.paragraphIndex === undefined && t.clause.kind !== 'article' ? t.clause.title : ''));
  return labels.join('+') + (r.problem?.kind === 'self' ? ' (self)' : '');
}

const REGULATION = doc(
  '第一章 总则',
  '第一条 为了规范管理，制定本办法。',
  '第二条 本办法适用于下列事项：',
  '（一）甲事项；',
  '（二）乙事项；',
  '（三）丙事项。',
  '前款第（二）项所列事项，依照本办法第五条办理。',
  '本条第一款第三项规定的事项，另行规定。',
  '第二章 管理',
  '第一节 一般规定',
  '第三条 依照前条规定办理。违反本办法第二条第一款第（一）项的，依照第五条至第六条处理。',
  '第二节 特别规定',
  '第四条 第三条、第五条和第六条的规定，适用于本章第一节。',
  '第五条 依照第二条第一款、第二款办理。',
  '前款规定的期限为三十日。',
  '依照前两款规定办理。本款自公布之日起施行。',
  '第五条之一 依照第五条之一的规定，参照第十条执行。',
  '第六条 （删去）',
  '第七条 违反第六条的，依照《中华人民共和国行政许可法》第十二条处理；违反专利法第二十四条的，依照个人所得税法第四条第一款第二项处理。',
);

describe('cross-references', () => {
  const model = parse(REGULATION);
  const all = resolved(model);

  it('resolves article, paragraph and item references in regulation style', () => {
    assert.ok(all.includes('本办法第五条 → 第五条'), all.join('\n'));
    assert.ok(all.includes('前款第（二）项 → （二）乙事项'));
    assert.ok(all.includes('本条第一款第三项 → （三）丙事项'));
    assert.ok(all.includes('前条 → 第二条'));
    assert.ok(all.includes('本办法第二条第一款第（一）项 → （一）甲事项'));
  });

  it('resolves ranges and lists, lower components taking the article of the one before', () => {
    assert.ok(all.includes('第五条 → 第五条'));
    assert.ok(all.includes('第六条 → 第六条 (deleted)'));
    assert.ok(all.includes('第二条第一款 → 第二条第一款'));
    assert.ok(all.includes('第二款 → 第二条第二款'), all.join('\n'));
    const range = crossReferences(model).references.find((r) => r.ref.rangeStart);
    assert.ok(range, 'a range');
    assert.equal(range.ref.rangeStart?.text, '第五条');
  });

  it('resolves 本章第一节, 前款, 前两款 and 本款 relative to where they stand', () => {
    assert.ok(all.includes('本章第一节 → 第一节一般规定'));
    assert.ok(all.includes('前款 → 第五条第一款'));
    assert.ok(all.includes('前两款 → 第五条第一款+第五条第二款'));
    assert.ok(all.includes('本款 → 第五条第三款'));
  });

  it('resolves an inserted article and reports a reference to itself', () => {
    assert.ok(all.includes('第五条之一 → 第五条之一 (self)'), all.join('\n'));
  });

  it('reports a missing article and a deleted one', () => {
    assert.ok(all.includes('第十条 → ✗'));
  });

  it('keeps references to other documents unresolved: by title, by usual name, by defined name', () => {
    assert.ok(all.includes('《中华人民共和国行政许可法》第十二条 → (external)'), all.join('\n'));
    assert.ok(all.includes('专利法第二十四条 → (external)'));
    assert.ok(all.includes('个人所得税法第四条第一款第二项 → (external)'));
    const byTitle = crossReferences(model).references.find((r) => r.ref.scope.kind === 'external' && r.ref.scope.title);
    assert.equal(byTitle?.ref.scope.kind === 'external' && byTitle.ref.scope.title, '中华人民共和国行政许可法');
  });

  it('does not take a heading’s own marker or ordinary words for references', () => {
    const texts = crossReferences(model).references.map((r) => r.ref.text);
    assert.ok(!texts.includes('第一条'));
    const words = parse(doc('一、总体要求', '本条例所称的条件和本条件以及前条件都不是引用。第一次会议、第二批项目不是引用。'));
    assert.deepEqual(crossReferences(words).references, []);
  });

  it('resolves plan-style references: 本方案第二部分第（三）项, 第（三）项 nearest first, 第5项', () => {
    const plan = parse(
      doc(
        '一、总体要求',
        '（一）指导思想。',
        '（二）发展定位。',
        '（三）空间布局。',
        '二、主要任务',
        '（一）打造新空间。',
        '1.推进转型。',
        '（二）构建共同体。',
        '2.建设平台。',
        '（三）打造新标杆。依照本方案第一部分第（三）项和第（一）项执行，落实第2项、第2点，参照本意见第（二）条。',
        '3.加快建设。按第（三）项要求推进，见本方案第四部分。',
      ),
    );
    const r = resolved(plan);
    assert.ok(r.includes('本方案第一部分第（三）项 → （三）空间布局'), r.join('\n'));
    assert.ok(r.includes('第（一）项 → （一）指导思想'), 'inherits 第一部分 from the list');
    assert.ok(r.includes('第2项 → 2.建设平台'));
    assert.ok(r.includes('第2点 → 2.建设平台'));
    assert.ok(r.includes('本意见第（二）条 → （二）构建共同体'));
    assert.ok(r.includes('第（三）项 → （三）打造新标杆'), 'the nearest （三） is under the same part');
    assert.ok(r.includes('本方案第四部分 → ✗'));
  });

  it('reads Taiwan usage: 項 is a paragraph and 款 an item, 前項, 第 1-1 條', () => {
    const tw = parse(
      doc(
        '第 1 條',
        '為規範個人資料之蒐集，特制定本法。',
        '第 1-1 條',
        '本法之主管機關為委員會。',
        '第 2 條',
        '本法用詞，定義如下：',
        '一、個人資料。',
        '二、蒐集。',
        '依前項規定蒐集，準用第一條之一及第二條第一項第二款規定。',
        '前二項以外之事項，適用第一條。',
      ),
    );
    const r = resolved(tw);
    assert.equal(crossReferences(tw).legalSystem, 'taiwan');
    assert.ok(r.includes('前項 → 第 2 條第一項'), r.join('\n'));
    assert.ok(r.includes('第二條第一項第二款 → 二、蒐集'), r.join('\n'));
    assert.ok(r.includes('前二項 → 第 2 條第一項+第 2 條第二項'));
    assert.ok(r.includes('第一條 → 第 1 條'));
  });

  it('reads every word for “this document” and 上述 before a component', () => {
    for (const word of ['本方案', '本意见', '本办法', '本条例', '本规定', '本细则', '本通知', '本规划', '本法']) {
      const m = parse(doc('第一章 总则', '第一条 甲。', '第二章 附则', `第二条 依照${word}第一条和${word}第二章办理。`));
      assert.deepEqual(resolved(m), [`${word}第一条 → 第一条`, `${word}第二章 → 第二章附则`], word);
    }
    const plan = parse(doc('一、任务', '（一）甲。', '（二）乙。', '（三）丙。', '二、保障', '落实上述第（三）项。'));
    assert.deepEqual(resolved(plan), ['第（三）项 → （三）丙']);
  });

  it('finds the reference’s text across a PDF line break', () => {
    const m = parse('第一条 甲。\n\n第二条 申请人应当按照规定的格式和程序提交申请，并依照本办法第\n一条办理。\n');
    assert.deepEqual(resolved(m), ['本办法第一条 → 第一条']);
  });
});

describe('defined terms', () => {
  it('takes the full name from the words before the bracket, stopping at a verb', () => {
    const m = parse(doc('加快推动广州穗港智造合作区（下称合作区）建设，制定本方案。', '支持合作区发展，合作区要加快建设。'));
    const [term] = crossReferences(m).terms;
    assert.equal(term.definition.name, '合作区');
    assert.equal(term.definition.fullName, '广州穗港智造合作区');
    assert.equal(term.uses.length, 2);
    assert.equal(term.fullNameUses.length, 0);
  });

  it('reads 《》 names, quoted names, 简称 and Traditional forms', () => {
    const m = parse(
      doc(
        '贯彻落实《粤港澳大湾区发展规划纲要》（以下简称《规划纲要》），推进《规划纲要》实施。',
        '成立领导小组（以下简称“小组”），小组负责。',
        '與世界知識產權組織國際局（以下簡稱國際局）聯繫，國際局答覆。',
        '关于工业品外观设计国际注册的海牙协定（1999年文本）（以下简称海牙协定），海牙协定规定。',
      ),
    );
    const terms = crossReferences(m).terms.map((t) => `${t.definition.name}=${t.definition.fullName}:${t.uses.length}`);
    assert.deepEqual(terms, ['《规划纲要》=《粤港澳大湾区发展规划纲要》:1', '小组=领导小组:1', '國際局=世界知識產權組織國際局:1', '海牙协定=工业品外观设计国际注册的海牙协定（1999年文本）:1']);
  });

  it('does not count the abbreviation inside its full name, its definition, a longer term or a document number', () => {
    const m = parse(doc('在参加我市社会医疗保险（以下简称医保）的基础上，设立医疗保险经办机构（以下简称医保经办机构），依据医保发〔2020〕37号文件。', '医保经办机构负责医保。', '广州穗港智造合作区（下称合作区）与《广州穗港智造合作区建设实施方案》。'));
    const [yibao, jingban, hezuo] = crossReferences(m).terms;
    assert.equal(yibao.uses.length, 1);
    assert.equal(jingban.uses.length, 1);
    assert.equal(hezuo.uses.length, 0, 'the name inside the title in 《》 is not a use');
  });

  it('records uses before the definition, but not in headings', () => {
    const m = parse(doc('第一章 国际申请的特别规定', '第一条 国际申请应当符合要求。', '第二条 指定中国的专利国际申请（以下简称国际申请），应当提交。国际申请费用另计。'));
    const [term] = crossReferences(m).terms;
    assert.equal(term.beforeDefinition.length, 1);
    assert.equal(m.text.positionAt(term.beforeDefinition[0].start).line, 2);
  });
});
