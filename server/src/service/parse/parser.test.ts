import * as assert from 'node:assert/strict';
import type { Clause, DocumentModel } from '../model/document';
import { doc, parse } from '../testUtil';

function tree(model: DocumentModel): string[] {
  const out: string[] = [];
  const walk = (clauses: readonly Clause[], indent: string) => {
    for (const c of clauses) {
      out.push(`${indent}${c.marker?.text ?? ''}${c.title}`);
      walk(c.children, indent + '  ');
    }
  };
  walk(model.clauses, '');
  return out;
}

describe('parser', () => {
  describe('paragraphs', () => {
    it('are blocks between blank lines; lines wrapped inside a sentence stay one paragraph', () => {
      const model = parse(
        ' 为贯彻落实《粤港澳大湾区发展规划纲要》战略部署，更好发挥广州开发区与香港产业合作底蕴深厚优势，进一步\n提升穗港产业协同创新水平，制定本方案。\n\n 一、总体要求\n',
      );
      assert.equal(model.paragraphs.length, 2);
      assert.equal(model.paragraphs[0].firstLine, 0);
      assert.equal(model.paragraphs[0].lastLine, 1);
    });

    it('split a block of unwrapped lines (one paragraph per line) at every line', () => {
      const model = parse('十一、各部部长负责本部门的工作。\n各部、各委员会在本部门的职权范围内制定规章。\n审计署依照法律规定独立行使审计监督权。\n');
      assert.equal(model.paragraphs.length, 3);
      assert.deepEqual(model.allClauses[0].paragraphs.length, 3);
    });

    it('join a block broken by a page break in the middle of a sentence', () => {
      const model = parse('有利于我省深度参与“一带一路”建设，携手港澳构建陆海内外联动、东西\n\n双向互济的全面开放新格局，构筑“一带一路”对接融汇的重要支撑区。\n');
      assert.equal(model.paragraphs.length, 1);
    });

    it('do not join a title to the text after it', () => {
      const model = parse('广州穗港智造合作区建设实施方案\n\n 为贯彻落实战略部署，制定本方案。\n');
      assert.equal(model.paragraphs.length, 2);
    });

    it('end after a short unpunctuated line (a title), but not after one that opens a bracket', () => {
      assert.equal(parse(' 广州市推进粤港澳大湾区建设进展情况\n 《粤港澳大湾区发展规划纲要》明确把广州作为核心引擎之一。\n').paragraphs.length, 2);
      assert.equal(parse('（二○○四年六月十六日国务院\n第54次常务会议修订通过）\n').paragraphs.length, 1);
    });

    it('keep an item whose sentence wraps onto the next line in one paragraph', () => {
      const model = parse(doc('1.推动转型。发挥龙头项目带动效应，鼓励企业开展“数字技术底层研究\n—大数据”全链条创新实践，加速商业模式转型升级。', '2.深化合作。'));
      assert.equal(model.paragraphs.length, 2);
      assert.equal(model.paragraphs[0].lastLine, 1);
    });

    it('start at an item even without a blank line before it', () => {
      const model = parse(' （二）构建科技引领产业升级共同体。\n  4.建设高水平创新合作平台。推动合作区科技企业与港澳高校共建创新中心。\n');
      assert.equal(model.paragraphs.length, 2);
      assert.deepEqual(tree(model), ['（二）构建科技引领产业升级共同体', '  4.建设高水平创新合作平台']);
    });

    it('treat leading spaces and full-width spaces as indentation', () => {
      const model = parse('\u3000\u3000一、总体要求\n');
      assert.equal(model.paragraphs[0].start, 2);
      assert.equal(model.allClauses[0].start, 2);
    });
  });

  describe('no false structure', () => {
    it('a wrapped line that starts with 第十二人民医院, 25号线 or 2019年 is text', () => {
      const model = parse(
        doc(
          '一、主要任务',
          '（一）完善设施。鼓励港澳投资者在合作区开办国际医院、高端和特需医疗机构，支持引进港澳优质医疗资源，加快建设广州市\n第十二人民医院。完善合作区轨道交通网络，加快广州地铁5号线东延线、\n25号线建设及与东莞轨道1号线连接。计划在合作区建设一批重点项目，力争到\n2019年底前建成，总面积\n19.1平方公里。',
          '（二）强化保障。',
        ),
      );
      assert.deepEqual(tree(model), ['一、主要任务', '  （一）完善设施', '  （二）强化保障']);
    });

    it('a wrapped line that starts like an article (第十二条规定的) is text', () => {
      const model = parse(
        doc('第一条 为了规范行政许可的设定和实施，保护公民、法人和其他组织的合法权益，依照本法\n第十二条规定的事项，可以设定行政许可。', '第二条 本法所称行政许可。'),
      );
      assert.deepEqual(
        model.allClauses.map((c) => c.number),
        [1, 2],
      );
    });

    it('a sentence that starts with 第十五條第二款 is not an article', () => {
      const model = parse(doc('第 7 條', '第十五條第二款及第十九條第一項第五款所稱同意，指當事人所為允許之意思表示。'));
      assert.equal(model.allClauses.length, 1);
    });
  });

  describe('clause tree', () => {
    it('nests 一、 → （一） → 1. → （1） → ①', () => {
      const model = parse(doc('一、总体要求', '（一）指导思想。', '1.协同推进。', '（1）单位缴费；', '①在职职工；', '②退休人员。', '（2）个人缴费。', '2.拓展载体。', '（二）发展定位。', '二、主要任务'));
      assert.deepEqual(tree(model), [
        '一、总体要求',
        '  （一）指导思想',
        '    1.协同推进',
        '      （1）单位缴费',
        '        ①在职职工',
        '        ②退休人员',
        '      （2）个人缴费',
        '    2.拓展载体',
        '  （二）发展定位',
        '二、主要任务',
      ]);
    });

    it('nests 编 → 章 → 节 → 条 → （一） → 1., with 之一 and （删去）', () => {
      const model = parse(
        doc(
          '第一编 总则',
          '第一章 任务',
          '第一条 为了惩罚犯罪，制定本法。',
          '第二节 管制',
          '第十七条 已满十六周岁的人犯罪，应当负刑事责任。',
          '第十七条之一 已满七十五周岁的人故意犯罪的，可以从轻处罚。',
          '第十八条 有下列情形之一的：',
          '（一）判处管制的；',
          '1.首次；',
          '2.再次。',
          '（二）判处拘役的。',
          '第一百九十九条 （删去）',
        ),
      );
      assert.deepEqual(tree(model), [
        '第一编总则',
        '  第一章任务',
        '    第一条为了惩罚犯罪，制定本法',
        '    第二节管制',
        '      第十七条已满十六周岁的人犯罪，应当负刑事责任',
        '      第十七条之一已满七十五周岁的人故意犯罪的，可以从轻处罚',
        '      第十八条有下列情形之一的',
        '        （一）判处管制的',
        '          1.首次',
        '          2.再次',
        '        （二）判处拘役的',
        '      第一百九十九条（删去）',
      ]);
      const deleted = model.allClauses.find((c) => c.number === 199)!;
      assert.equal(deleted.deleted, true);
      const inserted = model.allClauses.find((c) => c.sub === 1)!;
      assert.equal(inserted.number, 17);
    });

    it('takes a heading title up to the first 。 or the end of the line', () => {
      const model = parse(doc('一、凝聚大湾区建设力量形成新合力。切实提高政治站位。', '二、综合性门户城市功能实现新提升', '第一章　总  则'));
      assert.deepEqual(
        model.allClauses.map((c) => c.title),
        ['凝聚大湾区建设力量形成新合力', '综合性门户城市功能实现新提升', '总则'],
      );
    });

    it('runs a clause body to the next marker of the same or a higher level', () => {
      const text = doc('一、总体要求', '正文。', '（一）指导思想。', '正文。', '二、主要任务', '正文。');
      const model = parse(text);
      const [one, two] = model.clauses;
      assert.equal(one.line, 0);
      assert.equal(one.endLine, 6);
      assert.equal(one.children[0].endLine, 6);
      assert.equal(two.line, 8);
      assert.equal(two.endLine, 10);
    });

    it('gives an article’s second list (in its second 款) a group of its own', () => {
      const model = parse(
        doc('第七十八条 有下列重大立功表现之一的，应当减刑：', '（一）阻止他人重大犯罪活动的；', '（二）检举监狱内外重大犯罪活动的。', '减刑以后实际执行的刑期不能少于下列期限：', '（一）判处管制的，不能少于原判刑期的二分之一；', '（二）判处无期徒刑的，不能少于十三年。'),
      );
      const article = model.clauses[0];
      assert.equal(article.children.length, 4);
      assert.equal(article.paragraphs.length, 2);
      const seq = model.sequences.find((s) => s.kind === 'cnParen')!;
      assert.deepEqual(
        seq.groups.map((g) => g.items.map((i) => i.number)),
        [
          [1, 2],
          [1, 2],
        ],
      );
    });

    it('lets a sub-heading without closing punctuation hold the paragraphs after it', () => {
      const model = parse(doc('第六条 缴费标准如下：', '（一）职工参保人员', '在职职工按月缴费。', '（二）居民参保人员', '居民按年缴费。'));
      const [first, second] = model.clauses[0].children;
      assert.equal(first.paragraphs.length, 2);
      assert.equal(second.paragraphs.length, 2);
      assert.equal(model.sequences.find((s) => s.kind === 'cnParen')!.groups.length, 1);
    });

    it('builds the document’s own hierarchy when a lower level holds a higher one', () => {
      const model = parse(doc('（一）总体要求', '一、指导思想。', '二、基本原则。', '（二）主要任务', '一、强化创新。', '二、扩大开放。'));
      assert.deepEqual(tree(model), ['（一）总体要求', '  一、指导思想', '  二、基本原则', '（二）主要任务', '  一、强化创新', '  二、扩大开放']);
      assert.equal(model.clauses[0].children[0].levelProblem?.type, 'inverted');
    });

    it('puts 附件 and a standalone 附则 at the top', () => {
      const model = parse(doc('第一编 总则', '第一条 本法。', '附则', '第二条 本法自公布之日起施行。', '附件一', '1.甲决定', '2.乙决定', '附件二', '1.丙决定'));
      assert.deepEqual(
        model.clauses.map((c) => `${c.kind}:${c.title}`),
        ['part:总则', 'supplementary:附则', 'appendix:附件一', 'appendix:附件二'],
      );
    });

    it('finds markers after CRLF, a BOM and astral characters at their UTF-16 positions', () => {
      const text = '\uFEFF一、总体要求\r\n\r\n𠀀（一）指导思想。\r\n\r\n（二）发展定位。\r\n';
      const model = parse(text);
      const [one] = model.clauses;
      assert.equal(one.start, 1);
      // 𠀀 before a marker: the line does not start with a marker, so it is text of 一、
      assert.equal(one.children.length, 1);
      assert.deepEqual(model.text.positionAt(one.children[0].start), { line: 4, character: 0 });
    });
  });

  describe('numbering conventions', () => {
    it('infers a level numbered on across parents (1.…6. across （一）（二）)', () => {
      const model = parse(doc('一、任务', '（一）甲。', '1.子。', '2.子。', '（二）乙。', '3.子。', '4.子。', '（三）丙。', '5.子。', '6.子。'));
      const num = model.sequences.find((s) => s.kind === 'num')!;
      assert.equal(num.convention, 'continuous');
      assert.deepEqual(
        num.groups.map((g) => g.continues),
        [false, true, true],
      );
      assert.equal(model.sequences.find((s) => s.kind === 'cnParen')!.convention, 'restart');
    });

    it('infers restarting levels', () => {
      const model = parse(doc('一、任务', '（一）甲。', '（二）乙。', '二、保障', '（一）丙。', '（二）丁。', '三、实施', '（一）戊。'));
      assert.equal(model.sequences.find((s) => s.kind === 'cnParen')!.convention, 'restart');
    });

    it('understands numbering that runs on within each part and restarts in the next', () => {
      const model = parse(
        doc('一、任务', '（一）甲。', '1.子。', '（二）乙。', '2.子。', '二、保障', '（一）丙。', '1.子。', '（二）丁。', '2.子。', '三、实施', '（一）戊。', '1.子。', '（二）己。', '2.子。'),
      );
      const num = model.sequences.find((s) => s.kind === 'num')!;
      assert.deepEqual(
        num.groups.map((g) => g.continues),
        [false, true, false, true, false, true],
      );
    });

    it('follows a configured convention over the inferred one', () => {
      const text = doc('一、任务', '（一）甲。', '1.子。', '（二）乙。', '1.子。');
      const model = parse(text, { numbering: { convention: { '1.': 'continuous' } } });
      assert.equal(model.sequences.find((s) => s.kind === 'num')!.groups[1].continues, true);
    });
  });

  describe('other structure', () => {
    it('finds inline lists and steps where a sentence begins, not inside words', () => {
      const model = parse('在以下三个方面发力：一是提升科技创新实力。二是推进制度创新。三是推进基础设施建设。统一是关键。\n\n第一步，到2020年打基础；第二步，到2022年成框架。\n');
      assert.deepEqual(
        model.inlineItems.map((i) => `${i.kind}:${i.number}`),
        ['inline:1', 'inline:2', 'inline:3', 'step:1', 'step:2'],
      );
    });

    it('finds announced counts and the items that follow them', () => {
      const model = parse(doc('总面积56.39平方公里。包括三个部分：', '——智能制造合作园区。', '——科技创新合作园区。', '——优质宜居生活社区。', '（四）建设目标。'));
      assert.equal(model.counts.length, 1);
      assert.equal(model.counts[0].count, 3);
      assert.deepEqual(model.counts[0].following && [model.counts[0].following.kind, model.counts[0].following.count], ['dash', 3]);
      assert.equal(model.dashItems.length, 3);
    });

    it('counts the numbered items that follow an announcement', () => {
      const model = parse(doc('一、主要任务', '主要有以下两项任务：', '（一）甲。', '（二）乙。', '二、保障措施'));
      assert.deepEqual(model.counts[0].following && [model.counts[0].following.kind, model.counts[0].following.count], ['cnParen', 2]);
    });

    it('finds the preamble: 发文字号, 主送机关, 署名, 成文日期, title', () => {
      const model = parse(
        doc('广东省推进粤港澳大湾区建设领导小组关于印发《广州穗港智造合作区建设实施方案》的通知', '粤大湾区〔2021〕2号', '省直各单位，中直驻粤有关单位：', '现印发给你们，请认真贯彻落实。', '广东省推进粤港澳大湾区建设领导小组\n2021年2月2日'),
      );
      const p = model.preamble;
      assert.deepEqual(
        p.docNumbers.map((d) => [d.agency, d.year, d.serial]),
        [['粤大湾区', '2021', '2']],
      );
      assert.deepEqual(
        p.dates.map((d) => d.text),
        ['2021年2月2日'],
      );
      assert.deepEqual(
        p.signatures.map((s) => s.text),
        ['广东省推进粤港澳大湾区建设领导小组'],
      );
      assert.deepEqual(
        p.recipients.map((s) => s.text),
        ['省直各单位，中直驻粤有关单位：'],
      );
      assert.equal(p.titles[0].text, '广东省推进粤港澳大湾区建设领导小组关于印发《广州穗港智造合作区建设实施方案》的通知');
    });

    it('keeps an attachment note’s list out of the body’s numbering', () => {
      const model = parse(doc('一、总体要求', '1.甲。', '2.乙。', '附件：1.广州市家庭医生签约服务质量监测指标体系\n      2.广州市家庭医生签约服务包'));
      assert.equal(model.preamble.attachments.length, 1);
      assert.deepEqual(
        model.preamble.attachments[0].items.map((i) => i.number),
        [1, 2],
      );
      assert.equal(model.allClauses.filter((c) => c.kind === 'num').length, 2);
    });
  });
});
