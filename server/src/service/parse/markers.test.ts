import * as assert from 'node:assert/strict';
import { formatMarker, matchMarker } from './markers';

function m(line: string) {
  return matchMarker(line, 0, 0);
}

describe('markers', () => {
  it('recognises each level in its correct form', () => {
    const cases: Array<[string, string, number]> = [
      ['第一编 总则', 'part', 1],
      ['第三章 刑罚', 'chapter', 3],
      ['第二节 管制', 'section', 2],
      ['第一百九十九条 （删去）', 'article', 199],
      ['一、总体要求', 'cn', 1],
      ['十一、完善体系', 'cn', 11],
      ['（六十六）鼓励社会参与。', 'cnParen', 66],
      ['13.争创港澳青年创业就业新高地。', 'num', 13],
      ['（4）退休人员为0.12%。', 'numParen', 4],
      ['② 其他', 'circled', 2],
    ];
    for (const [line, kind, number] of cases) {
      const marker = m(line);
      assert.ok(marker, line);
      assert.equal(marker.kind, kind, line);
      assert.equal(marker.number, number, line);
      assert.equal(marker.wellFormed, true, line);
    }
  });

  it('reads inserted articles: 第十七条之一 and Taiwan 第 1-1 條', () => {
    const a = m('第十七条之一 已满七十五周岁的人故意犯罪的');
    assert.equal(a?.number, 17);
    assert.equal(a?.sub, 1);
    assert.equal(a?.text, '第十七条之一');
    const t = m('第 1-1 條');
    assert.equal(t?.kind, 'article');
    assert.equal(t?.number, 1);
    assert.equal(t?.sub, 1);
    assert.equal(t?.script, 'traditional');
    assert.equal(m('第 一 章 總則')?.kind, 'chapter');
  });

  it('recognises wrong forms and names the correct one', () => {
    const cases: Array<[string, string, string]> = [
      ['1、单位缴费', 'num', '1.'],
      ['１．单位缴费', 'num', '1.'],
      ['1．单位缴费', 'num', '1.'],
      ['一.总体要求', 'cn', '一、'],
      ['一，总体要求', 'cn', '一、'],
      ['（一）、指导思想', 'cnParen', '（一）'],
      ['(十六) 打造高水平科技创新载体', 'cnParen', '（十六）'],
      ['(一）指导思想', 'cnParen', '（一）'],
      ['1)退休人员', 'numParen', '（1）'],
      ['(1)退休人员', 'numParen', '（1）'],
      ['（1）.退休人员', 'numParen', '（1）'],
      ['（１）退休人员', 'numParen', '（1）'],
      ['①、其他', 'circled', '①'],
      ['第一条、为了', 'article', '第一条'],
    ];
    for (const [line, kind, canonical] of cases) {
      const marker = m(line);
      assert.ok(marker, line);
      assert.equal(marker.kind, kind, line);
      assert.equal(marker.wellFormed, false, line);
      assert.equal(marker.canonical, canonical, line);
    }
  });

  it('lets a format fix take the space a half-width bracket leaves behind', () => {
    const marker = m('(十六) 打造')!;
    assert.equal(marker.text, '(十六)');
    assert.equal(marker.fixEnd - marker.start, 5);
    assert.equal(marker.contentStart, 5);
  });

  it('keeps offsets relative to the document', () => {
    const marker = matchMarker('  一、总体要求', 2, 100)!;
    assert.equal(marker.start, 102);
    assert.equal(marker.end, 104);
    assert.equal(marker.contentStart, 104);
  });

  it('does not take ordinary text for a marker', () => {
    for (const line of [
      '第十二人民医院。优化提升南海神庙',
      '25号线建设及与东莞轨道1号线连接。',
      '2019年广州市推进粤港澳大湾区建设工作进展情况：',
      '19.1平方公里，重点推动制造业智能化发展',
      '3.1 生理停顿',
      '第十五條第二款及第十九條第一項第五款所稱同意',
      '第54次常务会议修订通过）',
      '（1994年1月28日中华人民共和国国务院令第142号发布',
      '一、二、三级医院',
      '第二节课后，学生自由活动。',
      '第一步，到 2020 年',
      '一是提升科技创新实力',
      '——穗港智能制造合作新空间。',
      '',
    ]) {
      assert.equal(m(line), undefined, line);
    }
  });

  it('writes markers in their correct form', () => {
    assert.equal(formatMarker('cn', 3), '三、');
    assert.equal(formatMarker('cnParen', 16), '（十六）');
    assert.equal(formatMarker('num', 14), '14.');
    assert.equal(formatMarker('numParen', 2), '（2）');
    assert.equal(formatMarker('circled', 3), '③');
    assert.equal(formatMarker('article', 10, 1), '第十条之一');
    assert.equal(formatMarker('chapter', 2), '第二章');
    const tw = m('第 12 條')!;
    assert.equal(formatMarker('article', 13, undefined, tw), '第 13 條');
  });
});
