/**
 * Runs inside VS Code's extension host: the real client starts the real server, and every
 * assertion goes through the vscode API an editor feature would use.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { corpusPath } from '../../corpus/corpus';

const PLAN = 'plan-suigang-simplified.txt';
const OPINION = 'opinion-guangdong-gba-simplified.txt';
const GAP_TEXT = '关于加强某项工作的通知\n\n一、总体要求\n坚持问题导向，统筹推进各项工作。\n\n三、主要任务\n加强组织领导，落实工作责任。\n\n四、保障措施\n强化督促检查。\n';

/** Calls `probe` until `done` accepts its value, or fails after `timeoutMs`. */
async function poll<T>(what: string, probe: () => T | Thenable<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceFile(name: string, text: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens a workspace folder');
  const file = path.join(folder.uri.fsPath, name);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/**
 * Opens a file in an editor and resolves once the server has published diagnostics for it
 * (possibly none), so that an empty list below means "no problems", not "not checked yet".
 */
async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const published = new Promise<void>((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        sub.dispose();
        resolve();
      }
    });
  });
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no diagnostics published for ${uri.fsPath} within 30 s`)), 30_000);
  });
  await Promise.race([published, timeout]).finally(() => clearTimeout(timer));
  return doc;
}

function gongwen(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

function code(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function symbols(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
}

describe('Gongwen in VS Code', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension('gongwen.gongwen');
    assert.ok(ext, 'the extension under development is loaded');
    await ext.activate();
  });

  describe('the Suigang plan', () => {
    let uri: vscode.Uri;
    before(async () => {
      uri = workspaceFile(PLAN, fs.readFileSync(corpusPath(PLAN), 'utf8'));
      await open(uri);
    });

    it('is outlined as three parts, part 二 with four sections holding items 1.–13.', async () => {
      const top = await poll('document symbols', () => symbols(uri), (s) => (s?.length ?? 0) > 0);
      assert.ok(top);
      assert.equal(top.length, 3, `top-level symbols: ${top.map((s) => s.name).join(' | ')}`);
      ['一、总体要求', '二、主要任务', '三、保障措施'].forEach((title, i) => assert.ok(top[i].name.startsWith(title), `${top[i].name} starts with ${title}`));
      const items = top[1].children.map((section) => section.children.map((item) => Number(/^(\d+)\./.exec(item.name)?.[1])));
      assert.deepEqual(items, [[1, 2, 3], [4, 5, 6], [7, 8, 9, 10], [11, 12, 13]]);
    });

    it('has no errors or warnings', () => {
      const serious = gongwen(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(serious.map((d) => `${d.range.start.line + 1}: ${code(d)} ${d.message}`), []);
    });
  });

  it('flags the half-width (十六) headings of the GBA opinion, and no numbering gaps', async () => {
    const text = fs.readFileSync(corpusPath(OPINION), 'utf8');
    const uri = workspaceFile(OPINION, text);
    await open(uri);
    const expected = text.split(/\r?\n/).flatMap((line, i) => (line.startsWith('(') ? [i] : []));
    assert.ok(expected.length > 0, 'the opinion has headings with a half-width "("');
    const diagnostics = gongwen(uri);
    const flagged = diagnostics.filter((d) => code(d) === 'numbering/marker-format').map((d) => d.range.start.line);
    assert.deepEqual([...new Set(flagged)].sort((a, b) => a - b), expected);
    const numbering = diagnostics.filter((d) => code(d) === 'numbering/gap' || code(d) === 'numbering/order');
    assert.deepEqual(numbering.map((d) => `${d.range.start.line + 1}: ${code(d)} ${d.message}`), []);
  });

  it('reports a numbering gap on the marker 三、 that follows 一、', async () => {
    const uri = workspaceFile('gap.txt', GAP_TEXT);
    await open(uri);
    const line = GAP_TEXT.split('\n').findIndex((l) => l.startsWith('三、'));
    const gaps = gongwen(uri).filter((d) => code(d) === 'numbering/gap');
    assert.equal(gaps.length, 1, JSON.stringify(gongwen(uri).map((d) => [code(d), d.message])));
    assert.equal(gaps[0].severity, vscode.DiagnosticSeverity.Error);
    const { start, end } = gaps[0].range;
    assert.deepEqual([start.line, start.character, end.line, end.character], [line, 0, line, 2]);
  });
});
