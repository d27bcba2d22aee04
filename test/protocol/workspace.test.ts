import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

interface PublishParams {
  uri: string;
  diagnostics: Array<{ code: string }>;
}

describe('language server over stdio: workspace', function () {
  this.timeout(30_000);
  let dir: string;
  let client: LspClient;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
    fs.mkdirSync(path.join(dir, 'old'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '一、甲\n\n三、乙\n');
    fs.writeFileSync(path.join(dir, 'old', 'b.txt'), '一、甲\n\n三、乙\n');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'shopping list\n\n1. milk\n\n3. eggs\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    client = new LspClient();
    client.onRequest('workspace/configuration', () => [{ exclude: ['old/**'] }]);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true } },
    });
    client.notify('initialized', {});
  });

  afterEach(async () => {
    assert.equal(await client.shutdown(), 0);
    assert.deepEqual(client.protocolErrors, []);
  });

  it('gongwen/checkWorkspace publishes the problems of every policy document on disk, skipping gongwen.exclude', async () => {
    const result = await client.request<{ files: number; errors: number }>('gongwen/checkWorkspace', {});
    assert.deepEqual(result, { files: 1, errors: 1, warnings: 0 });
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri.endsWith('/a.txt'));
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['numbering/gap'],
    );
  });

  it('an excluded file that is opened is not checked', async () => {
    const uri = pathToFileURL(path.join(dir, 'old', 'b.txt')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '一、甲\n\n三、乙\n' } });
    const published = await client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics, []);
  });

  it('gongwen/structure answers for a policy document and not for other text', async () => {
    const uri = pathToFileURL(path.join(dir, 'a.txt')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '一、甲\n\n三、乙\n' } });
    const view = await client.request<{ nodes: Array<{ label: string; errors: number }> }>('gongwen/structure', { uri });
    assert.deepEqual(
      view.nodes.map((n) => [n.label, n.errors]),
      [
        ['一、甲', 0],
        ['三、乙', 1],
      ],
    );
    const notes = pathToFileURL(path.join(dir, 'notes.txt')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri: notes, languageId: 'plaintext', version: 1, text: 'shopping list\n\n1. milk\n\n3. eggs\n' } });
    assert.equal(await client.request('gongwen/structure', { uri: notes }), null);
  });
});
