import * as assert from 'node:assert/strict';
import { createLanguageService, type GongwenDocument } from '../index';

describe('structure view', () => {
  const text = [
    '一、总体要求',
    '',
    '（一）指导思想。贯彻落实《粤港澳大湾区发展规划纲要》（以下简称《规划纲要》），推进《规划纲要》实施。',
    '',
    '（三）发展定位。',
    '',
    '二、主要任务',
    '',
    '依照《广州市某某办法》办理。',
    '',
  ].join('\n');
  const doc: GongwenDocument = { uri: 'file:///ws/a.txt', version: 1, getText: () => text };
  const other: GongwenDocument = { uri: 'file:///ws/b.txt', version: 1, getText: () => '广州市某某办法\n\n第一条 甲。\n' };
  const service = createLanguageService({ workspace: { documents: () => [doc, other] } });

  it('gives the clause tree with problem counts that include the children', () => {
    const view = service.getStructure(doc);
    assert.deepEqual(
      view.nodes.map((n) => [n.label, n.errors, n.children.map((c) => [c.label, c.errors])]),
      [
        ['一、总体要求', 1, [['（一）指导思想', 0], ['（三）发展定位', 1]]],
        ['二、主要任务', 0, []],
      ],
    );
    assert.deepEqual(view.nodes[0].selection.start, { line: 0, character: 0 });
  });

  it('lists the defined terms with their use counts and the cited documents, linked when in the workspace', () => {
    const view = service.getStructure(doc);
    assert.deepEqual(
      view.terms.map((t) => [t.name, t.uses]),
      [['《规划纲要》', 1]],
    );
    assert.deepEqual(
      view.citations.map((c) => [c.title, c.count, c.uri]),
      [
        ['粤港澳大湾区发展规划纲要', 1],
        ['规划纲要', 2],
        ['广州市某某办法', 1, 'file:///ws/b.txt'],
      ].map(([t, n, u]) => [t, n, u]),
    );
  });
});
