import * as assert from 'node:assert/strict';
import { doc, parse } from '../testUtil';
import { SymbolKind } from '../types';
import { documentSymbols, outlineTree } from './outline';

describe('outline', () => {
  const text = doc('一、总体要求', '（一）指导思想。', '以习近平新时代中国特色社会主义思想为指导。', '（二）发展定位。', '二、主要任务');

  it('gives hierarchical document symbols with ranges over each clause and selection over its heading', () => {
    const symbols = documentSymbols(parse(text));
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、总体要求', '二、主要任务'],
    );
    const first = symbols[0];
    assert.equal(first.kind, SymbolKind.Class);
    assert.deepEqual(
      first.children?.map((c) => c.name),
      ['（一）指导思想', '（二）发展定位'],
    );
    assert.deepEqual(first.children?.[0].range, { start: { line: 2, character: 0 }, end: { line: 4, character: 21 } });
    assert.deepEqual(first.children?.[0].selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
  });

  it('shortens long article titles in symbol names', () => {
    const [s] = documentSymbols(parse('第一条 为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制定本法。\n'));
    assert.equal(s.name, '第一条 为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制定…');
  });

  it('gives the CLI’s JSON tree with marker, number and title without its 。', () => {
    const [node] = outlineTree(parse(text));
    assert.equal(node.marker, '一、');
    assert.equal(node.number, 1);
    assert.equal(node.kind, 'cn');
    assert.equal(node.children[0].title, '指导思想');
    assert.equal(node.children[0].marker, '（一）');
  });

  it('marks inserted and deleted articles', () => {
    const nodes = outlineTree(parse(doc('第十条 甲。', '第十条之一 乙。', '第十一条 （删去）')));
    assert.equal(nodes[1].sub, 1);
    assert.equal(nodes[2].deleted, true);
  });
});
