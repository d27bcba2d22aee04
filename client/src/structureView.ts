/**
 * The 公文结构 tree view: the active document's parts, sections and items with their problems, its
 * defined terms with their use counts, and the documents it cites. Everything comes from the
 * server (`gongwen/structure`); clicking an item reveals it, and the selection follows the cursor.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface StructureNode {
  label: string;
  kind: string;
  selection: LspRange;
  range: LspRange;
  errors: number;
  warnings: number;
  children: StructureNode[];
}

interface StructureData {
  nodes: StructureNode[];
  terms: Array<{ name: string; fullName: string; uses: number; range: LspRange }>;
  citations: Array<{ title: string; count: number; range: LspRange; uri?: string }>;
}

type Item =
  | { type: 'clause'; node: StructureNode; parent?: Item }
  | { type: 'group'; group: 'terms' | 'citations' }
  | { type: 'term'; term: StructureData['terms'][number] }
  | { type: 'citation'; citation: StructureData['citations'][number] };

const ICONS: Record<string, string> = {
  part: 'book',
  chapter: 'symbol-module',
  section: 'symbol-namespace',
  article: 'symbol-field',
  cn: 'symbol-class',
  cnParen: 'symbol-structure',
  num: 'symbol-method',
  numParen: 'symbol-property',
  circled: 'symbol-enum-member',
  appendix: 'file',
  supplementary: 'symbol-module',
};

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class StructureView implements vscode.TreeDataProvider<Item>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Item | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly views: vscode.TreeView<Item>[];
  private readonly disposables: vscode.Disposable[] = [];
  private data: StructureData | null = null;
  private dataKey = '';
  private uri: vscode.Uri | undefined;
  private clauses: Item[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.views = ['gongwen.structure', 'gongwen.structureExplorer'].map((id) =>
      vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true }),
    );
    this.disposables.push(
      ...this.views,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.uri?.toString()) this.refresh();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.uri && e.uris.some((u) => u.toString() === this.uri?.toString())) this.refresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.follow(e.textEditor)),
    );
  }

  /** Asks the server again shortly, so typing refreshes the view once per pause and never flickers. */
  refresh(delay = 300): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return; // keep showing the last document while focus is elsewhere
    this.uri = editor.document.uri;
    let data: StructureData | null = null;
    if (this.client.isRunning()) {
      try {
        data = await this.client.sendRequest<StructureData | null>('gongwen/structure', { uri: editor.document.uri.toString() });
      } catch {
        data = null;
      }
    }
    // Fire a change only when something changed: a keystroke in running text leaves the tree as it was.
    const key = JSON.stringify(data);
    if (key === this.dataKey) return;
    this.dataKey = key;
    this.data = data;
    this.clauses = [];
    for (const v of this.views) v.message = data ? undefined : vscode.l10n.t('This document has no policy-document structure.');
    void vscode.commands.executeCommand('setContext', 'gongwen.hasStructure', data !== null);
    this.changed.fire(undefined);
  }

  getChildren(item?: Item): Item[] {
    const data = this.data;
    if (!data) return [];
    if (!item) {
      this.clauses = data.nodes.map((node) => ({ type: 'clause', node }));
      const groups: Item[] = [];
      if (data.terms.length > 0) groups.push({ type: 'group', group: 'terms' });
      if (data.citations.length > 0) groups.push({ type: 'group', group: 'citations' });
      return [...this.clauses, ...groups];
    }
    if (item.type === 'clause') return item.node.children.map((node) => ({ type: 'clause', node, parent: item }));
    if (item.type === 'group') {
      return item.group === 'terms' ? data.terms.map((term) => ({ type: 'term', term })) : data.citations.map((citation) => ({ type: 'citation', citation }));
    }
    return [];
  }

  getParent(item: Item): Item | undefined {
    return item.type === 'clause' ? item.parent : undefined;
  }

  getTreeItem(item: Item): vscode.TreeItem {
    switch (item.type) {
      case 'clause': {
        const n = item.node;
        const t = new vscode.TreeItem(n.label, n.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        t.id = `${n.kind}:${n.selection.start.line}:${n.label}`;
        const problems = n.errors + n.warnings;
        t.iconPath = n.errors > 0 ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')) : n.warnings > 0 ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(ICONS[n.kind] ?? 'symbol-misc');
        if (problems > 0) t.description = vscode.l10n.t('problems: {0}', problems);
        t.tooltip = n.label;
        t.command = this.reveal(n.selection);
        t.contextValue = 'clause';
        return t;
      }
      case 'group': {
        const terms = item.group === 'terms';
        const count = terms ? this.data?.terms.length : this.data?.citations.length;
        const t = new vscode.TreeItem(terms ? vscode.l10n.t('Defined terms') : vscode.l10n.t('Cited documents'), vscode.TreeItemCollapsibleState.Collapsed);
        t.id = `group:${item.group}`;
        t.description = String(count ?? 0);
        t.iconPath = new vscode.ThemeIcon(terms ? 'symbol-key' : 'references');
        return t;
      }
      case 'term': {
        const term = item.term;
        const t = new vscode.TreeItem(term.name);
        t.description = vscode.l10n.t('{0} · used {1} times', term.fullName, term.uses);
        t.iconPath = new vscode.ThemeIcon('symbol-key');
        t.command = this.reveal(term.range);
        return t;
      }
      case 'citation': {
        const c = item.citation;
        const t = new vscode.TreeItem(`《${c.title}》`);
        t.description = c.count > 1 ? `×${c.count}` : undefined;
        t.iconPath = new vscode.ThemeIcon(c.uri ? 'file-symlink-file' : 'book');
        t.tooltip = c.uri ? vscode.l10n.t('Open the cited document') : vscode.l10n.t('Not in this workspace');
        t.command = c.uri ? { title: '', command: 'vscode.open', arguments: [vscode.Uri.parse(c.uri)] } : this.reveal(c.range);
        return t;
      }
    }
  }

  private reveal(range: LspRange): vscode.Command {
    return { title: vscode.l10n.t('Reveal'), command: 'gongwen.revealRange', arguments: [this.uri?.toString(), range] };
  }

  /** Selects the innermost clause that holds the cursor, in whichever view is visible. */
  private follow(editor: vscode.TextEditor): void {
    if (!this.data || editor.document.uri.toString() !== this.uri?.toString()) return;
    const pos = editor.selection.active;
    let found: Item | undefined;
    let level: Item[] = this.clauses;
    for (;;) {
      const hit = level.find((i) => i.type === 'clause' && toRange(i.node.range).contains(pos));
      if (!hit || hit.type !== 'clause') break;
      found = hit;
      level = hit.node.children.map((node) => ({ type: 'clause', node, parent: hit }));
    }
    if (!found) return;
    for (const v of this.views) if (v.visible) void v.reveal(found, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Shows a range in its document (the tree view's click). */
export async function revealRange(uri: string | undefined, range: LspRange): Promise<void> {
  if (!uri) return;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  const r = toRange(range);
  editor.selection = new vscode.Selection(r.start, r.start);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
