import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Location {
  uri: string;
  range: Range;
}

const REG = [
  '广州市某某管理办法',
  '',
  '第一条 为了加强管理，制定本办法。',
  '',
  '第二条 本办法所称的事项包括：',
  '（一）甲事项；',
  '（二）乙事项。',
  '',
  '第三条 依照本办法第二条第（二）项办理。设立广州市某某服务中心（以下简称服务中心），服务中心负责。',
  '',
  '第四条 服务中心依照第三条规定，参照《行政许可实施规定》第二条执行。',
  '',
].join('\n');
const LAW = ['行政许可实施规定', '', '第一条 总则。', '', '第二条 行政许可的实施程序。', ''].join('\n');

describe('language server over stdio: navigation', function () {
  this.timeout(30_000);
  let client: LspClient;
  let dir: string;
  let regUri: string;
  let lawUri: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-nav-'));
    fs.writeFileSync(path.join(dir, 'reg.txt'), REG);
    fs.writeFileSync(path.join(dir, 'law.txt'), LAW);
    regUri = pathToFileURL(path.join(dir, 'reg.txt')).href;
    lawUri = pathToFileURL(path.join(dir, 'law.txt')).href;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    client = new LspClient();
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: {},
      locale: 'zh-cn',
    });
    client.notify('initialized', {});
    // Only reg.txt is open; law.txt is found on disk through the workspace folder.
    client.notify('textDocument/didOpen', { textDocument: { uri: regUri, languageId: 'plaintext', version: 1, text: REG } });
  });

  afterEach(async () => {
    assert.equal(await client.shutdown(), 0);
    assert.deepEqual(client.protocolErrors, []);
  });

  const at = (line: number, character: number) => ({ textDocument: { uri: regUri }, position: { line, character } });

  it('textDocument/definition: from a reference to its clause, and across documents by title', async () => {
    const own = await client.request<Location[]>('textDocument/definition', at(8, 12));
    assert.deepEqual(
      own.map((l) => [l.uri, l.range.start.line]),
      [[regUri, 6]],
    );
    const other = await client.request<Location[]>('textDocument/definition', at(10, REG.split('\n')[10].indexOf('》第二条') + 2));
    assert.deepEqual(
      other.map((l) => [l.uri, l.range.start.line]),
      [[lawUri, 4]],
    );
  });

  it('textDocument/references: from a heading to the references to it, and from a term to its uses', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at(8, 1), context: { includeDeclaration: false } });
    assert.deepEqual(
      refs.map((l) => l.range.start.line),
      [10],
    );
    const uses = await client.request<Location[]>('textDocument/references', { ...at(10, 5), context: { includeDeclaration: true } });
    assert.equal(uses.length, 3);
  });

  it('textDocument/hover: the cited clause and the term’s full name', async () => {
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', at(8, 12));
    assert.match(h.contents.value, /（二）\*\* 乙事项/);
    const t = await client.request<{ contents: { value: string } }>('textDocument/hover', at(10, 5));
    assert.equal(t.contents.value, '**服务中心**：广州市某某服务中心（第9行定义）');
  });

  it('textDocument/prepareRename and rename: a defined term everywhere; a refusal explains itself', async () => {
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', at(10, 5));
    assert.equal(prepared.placeholder, '服务中心');
    const edit = await client.request<{ changes: Record<string, Array<{ newText: string }>> }>('textDocument/rename', { ...at(10, 5), newName: '中心站' });
    assert.equal(edit.changes[regUri].length, 3);
    await assert.rejects(client.request('textDocument/rename', { ...at(10, 5), newName: '办法' }), /已出现在本文中/);
    await assert.rejects(client.request('textDocument/prepareRename', at(0, 1)), /只能重命名已定义的简称/);
  });

  it('textDocument/documentLink, completion and inlayHint', async () => {
    const links = await client.request<Array<{ target: string }>>('textDocument/documentLink', { textDocument: { uri: regUri } });
    assert.deepEqual(
      links.map((l) => l.target),
      [lawUri],
    );
    const items = await client.request<Array<{ label: string }>>('textDocument/completion', at(10, 12));
    assert.ok(items.some((i) => i.label === '第二条'), JSON.stringify(items.map((i) => i.label)));
    const hints = await client.request<Array<{ label: string }>>('textDocument/inlayHint', { textDocument: { uri: regUri }, range: { start: { line: 0, character: 0 }, end: { line: 11, character: 0 } } });
    assert.ok(hints.some((h) => h.label === '乙事项'));
  });
});
