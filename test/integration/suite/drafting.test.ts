/**
 * The drafter's editor, in a real VS Code: Markdown and plain-text drafts, the 公文结构 view, a
 * snippet, a setting that turns a rule off, conversion as one undoable edit, and the UI in the
 * display language the run was started with (GONGWEN_TEST_LOCALE: zh-cn or en).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const LOCALE = process.env.GONGWEN_TEST_LOCALE ?? 'en';
const zh = LOCALE.startsWith('zh');

interface Api {
  structure: vscode.TreeDataProvider<unknown>;
}

async function poll<T>(what: string, probe: () => T | Thenable<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceFile(name: string, text: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  const file = path.join(folder.uri.fsPath, name);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

const gongwen = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

const MARKDOWN = [
  '# 一、总体要求',
  '',
  '## （一）指导思想',
  '',
  '加快推动广州穗港智造合作区（下称合作区）建设。',
  '',
  '```',
  '三、这是代码，不是结构',
  '```',
  '',
  '## （三）发展定位',
  '',
  '合作区要加快发展。',
  '',
  '# 二、主要任务',
  '',
].join('\n');

describe(`Drafting in VS Code (${LOCALE})`, () => {
  let api: Api;

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>('gongwen.gongwen');
    assert.ok(ext);
    api = await ext.activate();
  });

  it('runs in the display language it was started with', () => {
    assert.equal(vscode.env.language, LOCALE);
  });

  it('reads a Markdown draft: headings are structure, code is not, positions are the source’s', async () => {
    const uri = workspaceFile('draft.md', MARKDOWN);
    await show(uri);
    const symbols = await poll(
      'Markdown symbols',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri),
      (s) => Array.isArray(s) && s.some((x) => x.name.startsWith('一、')),
    );
    const ours = symbols.filter((s) => /^[一二]、/.test(s.name));
    assert.deepEqual(
      ours.map((s) => s.name),
      ['一、总体要求', '二、主要任务'],
    );
    const gap = await poll('the gap diagnostic', () => gongwen(uri), (d) => d.some((x) => code(x) === 'numbering/gap'));
    const d = gap.find((x) => code(x) === 'numbering/gap')!;
    assert.deepEqual([d.range.start.line, d.range.start.character], [10, 3]);
    assert.equal(d.message.startsWith(zh ? '编号不连续' : 'Numbering skips'), true, d.message);
    assert.ok(!gongwen(uri).some((x) => x.range.start.line === 7), 'nothing reported inside the code block');
  });

  it('shows the 公文结构 view: clauses with their problems, defined terms with use counts', async () => {
    const uri = workspaceFile('draft.md', MARKDOWN);
    await show(uri);
    const provider = api.structure;
    const roots = await poll('the structure view', () => provider.getChildren() as Thenable<unknown[]> | unknown[], (r) => Array.isArray(r) && r.length >= 3);
    const items = await Promise.all((roots as unknown[]).map((r) => provider.getTreeItem(r)));
    const labels = items.map((i) => String(i.label));
    assert.deepEqual(labels, ['一、总体要求', '二、主要任务', zh ? '简称' : 'Defined terms']);
    assert.equal(items[0].description, zh ? '1 个问题' : 'problems: 1');
    const terms = await provider.getChildren(roots![2]);
    const term = await provider.getTreeItem((terms as unknown[])[0]);
    assert.equal(term.label, '合作区');
    assert.equal(term.description, zh ? '广州穗港智造合作区 · 使用 1 次' : '广州穗港智造合作区 · used 1 times');
  });

  it('inserts a snippet that the checks read as a clean skeleton', async () => {
    const uri = workspaceFile('snippet.gw', '');
    const editor = await show(uri);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'gongwen', name: '实施方案 (plan)' });
    const text = await poll('the snippet', () => editor.document.getText(), (t) => t.includes('三、保障措施'));
    assert.match(text, /一、总体要求[\s\S]*（一）指导思想[\s\S]*二、主要任务[\s\S]*1\./);
    await editor.document.save();
    const symbols = await poll(
      'snippet symbols',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri),
      (s) => Array.isArray(s) && s.length === 3,
    );
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、总体要求', '二、主要任务', '三、保障措施'],
    );
  });

  it('turns a rule off with a setting, and on again', async () => {
    const uri = workspaceFile('setting.txt', '一、甲\n\n（一）子。\n\n（二）子。\n\n三、乙\n');
    await show(uri);
    await poll('the gap', () => gongwen(uri), (d) => d.some((x) => code(x) === 'numbering/gap'));
    const config = vscode.workspace.getConfiguration('gongwen');
    await config.update('rules', { 'numbering/gap': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await poll('the gap to go', () => gongwen(uri), (d) => !d.some((x) => code(x) === 'numbering/gap'));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await poll('the gap to come back', () => gongwen(uri), (d) => d.some((x) => code(x) === 'numbering/gap'));
  });

  it('converts a document to Traditional as one edit that one Undo takes back, leaving markers alone', async () => {
    const original = '一、总体要求\n\n（一）加快推动广州穗港智造合作区建设，头发发展。\n\n（二）深化合作。\n';
    const uri = workspaceFile('convert.txt', original);
    const editor = await show(uri);
    await vscode.commands.executeCommand('gongwen.convertToTraditional');
    const converted = await poll('the conversion', () => editor.document.getText(), (t) => t !== original);
    assert.equal(converted, '一、總體要求\n\n（一）加快推動廣州穗港智造合作區建設，頭髮發展。\n\n（二）深化合作。\n');
    const notes = await poll('review notes', () => gongwen(uri).filter((d) => code(d) === 'convert/review'), (n) => n.length > 0);
    assert.ok(notes.every((n) => n.severity === vscode.DiagnosticSeverity.Information));
    await vscode.commands.executeCommand('undo');
    await poll('the undo', () => editor.document.getText(), (t) => t === original);
  });

  it('converts into a new document, and previews a conversion in a diff editor before applying it', async () => {
    const original = '一、总体要求\n\n头发发展。\n';
    const uri = workspaceFile('preview.txt', original);
    const editor = await show(uri);
    await vscode.commands.executeCommand('gongwen.convertToNewDocument', 'tw');
    const created = await poll('the new document', () => vscode.window.activeTextEditor?.document, (d) => d?.uri.scheme === 'untitled');
    assert.equal(created!.getText(), '一、總體要求\n\n頭髮發展。\n');
    assert.equal(editor.document.getText(), original, 'the source is untouched');
    await show(uri);
    await vscode.commands.executeCommand('gongwen.previewConversion', 'hk');
    const preview = await poll('the preview', () => vscode.window.activeTextEditor?.document, (d) => d?.uri.scheme === 'gongwen-preview');
    assert.equal(preview!.getText(), '一、總體要求\n\n頭髮發展。\n');
    await vscode.commands.executeCommand('gongwen.applyPreviewedConversion');
    await poll('the applied preview', () => editor.document.getText(), (t) => t === '一、總體要求\n\n頭髮發展。\n');
  });

  it('reports stray Simplified words in a Traditional text', async () => {
    const uri = workspaceFile('mixed.txt', '一、總體要求\n\n推動服務平台建設，加強大灣區建設合作。\n\n二、主要任務\n\n支持平台建设。\n');
    await show(uri);
    const stray = await poll('script/mixed', () => gongwen(uri).filter((d) => code(d) === 'script/mixed'), (d) => d.length > 0);
    assert.deepEqual(
      stray.map((d) => d.range.start.line),
      [6],
    );
  });
});
