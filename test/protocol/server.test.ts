import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { corpusPath, corpusText } from '../corpus/corpus';
import { pathToFileURL } from 'node:url';
import { LspClient, SERVER } from './lspClient';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data?: { fix?: { newText: string } };
}
interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface DocumentSymbol {
  name: string;
  children?: DocumentSymbol[];
}

const PLAN = 'plan-suigang-simplified.txt';

function open(client: LspClient, uri: string, text: string, languageId = 'plaintext', version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

describe('language server over stdio', function () {
  this.timeout(30_000);
  let client: LspClient;

  beforeEach(() => {
    client = new LspClient();
  });

  afterEach(() => {
    client.kill();
  });

  it('initializes, publishes diagnostics, answers documentSymbol, and shuts down cleanly', async () => {
    const init = (await client.initialize({ workspace: { configuration: true } })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'gongwen');
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.ok(init.capabilities.foldingRangeProvider);
    assert.ok(init.capabilities.workspaceSymbolProvider);

    const uri = pathToFileURL(corpusPath(PLAN)).href;
    open(client, uri, corpusText(PLAN));
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(
      published.diagnostics.filter((d) => d.severity <= 2),
      [],
    );

    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、总体要求', '二、主要任务', '三、保障措施'],
    );
    assert.equal(symbols[1].children?.[3].children?.[2].name, '13.争创港澳青年创业就业新高地');

    const folding = await client.request<Array<{ startLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folding.length >= 25);

    const found = await client.request<Array<{ name: string }>>('workspace/symbol', { query: '风险防控' });
    assert.deepEqual(
      found.map((s) => s.name),
      ['（三）加强风险防控'],
    );

    assert.equal(await client.shutdown(), 0);
    assert.deepEqual(client.protocolErrors, [], 'stdout carries protocol messages only');
  });

  it('re-checks on incremental changes and offers the quick fix the diagnostic carries', async () => {
    await client.initialize({});
    const uri = 'untitled:draft-1';
    const text = '一、总体要求\n\n二、主要任务\n\n四、保障措施\n';
    open(client, uri, text);
    let published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const gap = published.diagnostics.find((d) => d.code === 'numbering/gap');
    assert.ok(gap);
    assert.deepEqual(gap.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 2 } });
    assert.equal(gap.source, 'gongwen');

    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: gap.range,
      context: { diagnostics: [gap] },
    });
    assert.equal(actions[0].title, '改为“三、”');
    assert.equal(actions[0].edit.changes[uri][0].newText, '三、');

    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } }, text: '三' }],
    });
    published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    assert.deepEqual(published.diagnostics, []);
  });

  it('counts positions in UTF-16 code units (an astral character before a bracket)', async () => {
    await client.initialize({});
    const uri = 'untitled:astral';
    open(client, uri, '一、总体要求\n\n二、𠀀𠀀《主要任务\n', 'gongwen');
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const d = published.diagnostics.find((x) => x.code === 'punct/unbalanced');
    assert.deepEqual(d?.range.start, { line: 2, character: 6 });
  });

  it('reads settings through workspace/configuration: a rule turned off, messages in English', async () => {
    client.onRequest('workspace/configuration', () => [{ rules: { 'numbering/marker-format': 'off' }, plaintext: 'always' }]);
    await client.request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, locale: 'en' });
    client.notify('initialized', {});
    const uri = 'untitled:settings';
    open(client, uri, '一、甲\n\n(一)子。\n\n（二）子。\n\n二、乙\n\n四、丙\n');
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['numbering/gap'],
    );
    assert.match(published.diagnostics[0].message, /^Numbering skips/);
  });

  it('takes settings from initializationOptions when the client has no workspace/configuration', async () => {
    await client.initialize({}, { settings: { rules: { 'numbering/gap': 'off' } } });
    const uri = 'untitled:init-options';
    open(client, uri, '一、甲\n\n三、乙\n', 'gongwen');
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(
      published.diagnostics.filter((d) => d.code === 'numbering/gap'),
      [],
    );
  });

  it('leaves plain text that is not a policy document alone, but always checks the gongwen language', async () => {
    await client.initialize({});
    open(client, 'untitled:notes', 'Shopping\n\n1. milk\n\n3. eggs\n');
    open(client, 'untitled:draft', '1. 甲\n\n3. 乙\n', 'gongwen');
    const notes = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === 'untitled:notes');
    assert.deepEqual(notes.diagnostics, []);
    const draft = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === 'untitled:draft');
    assert.equal(draft.diagnostics[0].code, 'numbering/gap');
  });

  it('clears diagnostics when a document closes', async () => {
    await client.initialize({});
    const uri = 'untitled:closing';
    open(client, uri, '一、甲\n\n三、乙\n', 'gongwen');
    await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0);
  });

  it('survives bad input: unknown methods, requests about unknown documents, malformed JSON, a change to an unopened document', async () => {
    await client.initialize({});
    await assert.rejects(client.request('gongwen/no-such-method', {}), /Unhandled method|not found/i);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.txt' } }), []);
    client.sendRaw('Content-Length: 9\r\n\r\n{"bad":!}');
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:big', languageId: 'gongwen', version: 1, text: '（'.repeat(100_000) } });
    await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === 'untitled:big');
    const summary = await client.request<{ levels: unknown[] } | null>('gongwen/summary', { uri: 'untitled:big' });
    assert.ok(summary);
    assert.equal(await client.shutdown(), 0);
  });

  it('explains itself when started without a transport, on stderr, with exit code 2', () => {
    const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /--stdio/);
  });
});
