import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
  data?: { alternatives?: string[] };
}
interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface ConvertResult {
  range: Diagnostic['range'];
  newText: string;
  reviews: number;
}

describe('language server over stdio: conversion', function () {
  this.timeout(30_000);
  let client: LspClient;

  beforeEach(async () => {
    client = new LspClient();
    await client.initialize({});
  });

  afterEach(async () => {
    assert.equal(await client.shutdown(), 0);
    assert.deepEqual(client.protocolErrors, []);
  });

  it('gongwen/convert returns one edit; once applied, review notes mark what depends on meaning, with fixes and a dismiss', async () => {
    const uri = 'untitled:convert';
    const text = '一、总体要求\n\n头发发展。\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const result = await client.request<ConvertResult>('gongwen/convert', { uri, to: 'hk' });
    assert.equal(result.newText, '一、總體要求\n\n頭髮發展。\n');
    assert.deepEqual(result.range, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } });
    assert.ok(result.reviews >= 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: result.newText }] });
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    const notes = published.diagnostics.filter((d) => d.code === 'convert/review');
    const hair = notes.find((d) => d.range.start.line === 2 && d.range.start.character === 1);
    assert.ok(hair, JSON.stringify(notes));
    assert.equal(hair.severity, 3);
    assert.deepEqual(hair.data?.alternatives, ['發']);
    const actions = await client.request<Array<{ title: string; command?: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: hair.range,
      context: { diagnostics: [hair] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['改为“發”', '已核对，忽略此项', '已全部核对，忽略所有转换提示'],
    );
    const dismissAll = actions[2].command!;
    await client.request('workspace/executeCommand', { command: dismissAll.command, arguments: dismissAll.arguments });
    const after = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'convert/review'));
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'convert/review'), []);
  });

  it('an edit at a noted character drops that note only', async () => {
    const uri = 'untitled:edit';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: '头发发展。\n' } });
    const result = await client.request<ConvertResult>('gongwen/convert', { uri, to: 'hk' });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: result.newText }] });
    const before = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    const count = before.diagnostics.filter((d) => d.code === 'convert/review').length;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: '發' }],
    });
    const after = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 3);
    assert.equal(after.diagnostics.filter((d) => d.code === 'convert/review').length, count - 1);
  });

  it('converts a selection only, and refuses an unknown locale with a clear error', async () => {
    const uri = 'untitled:range';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: '广州发展。广州发展。\n' } });
    const r = await client.request<ConvertResult>('gongwen/convert', { uri, to: 'tw', range: { start: { line: 0, character: 5 }, end: { line: 0, character: 10 } }, apply: false });
    assert.equal(r.newText, '廣州發展。');
    await assert.rejects(client.request('gongwen/convert', { uri, to: 'klingon' }), /unknown locale/);
  });

  it('offers a fix for every stray-script word at once', async () => {
    const uri = 'untitled:mixed';
    const text = '一、總體要求\n\n推動服務平台建設，加強大灣區建設合作。\n\n二、主要任務\n\n支持平台建设和大湾区發展。\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const stray = published.diagnostics.filter((d) => d.code === 'script/mixed');
    assert.equal(stray.length, 2);
    const actions = await client.request<Array<{ title: string; edit?: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: stray[0].range,
      context: { diagnostics: [stray[0]] },
    });
    const all = actions.find((a) => a.title.startsWith('改正本文所有简繁混用'));
    assert.deepEqual(
      all?.edit?.changes[uri].map((e) => e.newText),
      ['建設', '大灣區'],
    );
  });
});
