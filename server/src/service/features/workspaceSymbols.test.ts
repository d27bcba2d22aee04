import * as assert from 'node:assert/strict';
import { doc, parse } from '../testUtil';
import { workspaceSymbols } from './workspaceSymbols';

describe('workspace symbols', () => {
  const docs = [
    { uri: 'file:///a.txt', model: parse(doc('一、总体要求', '二、保障措施', '（一）加强组织保障。')) },
    { uri: 'file:///b.txt', model: parse(doc('第一章 总则', '第一条 为了保障权益，制定本法。')) },
  ];

  it('finds clauses across documents by the characters of the query in order', () => {
    const found = workspaceSymbols(docs, '保障');
    assert.deepEqual(
      found.map((s) => `${s.location.uri} ${s.name}`),
      ['file:///a.txt 二、保障措施', 'file:///a.txt （一）加强组织保障', 'file:///b.txt 第一条 为了保障权益，制定本法'],
    );
    assert.equal(found[1].containerName, '二、保障措施');
  });

  it('lists every clause for an empty query and none for a query nothing matches', () => {
    assert.equal(workspaceSymbols(docs, '').length, 5);
    assert.equal(workspaceSymbols(docs, '不存在的词').length, 0);
  });
});
