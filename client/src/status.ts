import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Summary {
  levels: Array<{ kind: string; example: string; count: number }>;
  errors: number;
  warnings: number;
  checked: boolean;
  script: { script: 'simplified' | 'traditional'; mixed: boolean; simplified: number; traditional: number };
}

/**
 * The status-bar item: the active document's levels (一、×3 （一）×11 1.×13) and its problems.
 * Clicking it opens the Outline.
 */
export class StructureStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gongwen.structure', vscode.StatusBarAlignment.Right, 100);
  /** 简 / 繁 / 混: the document's script; a click converts. */
  private readonly scriptItem = vscode.window.createStatusBarItem('gongwen.script', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = vscode.l10n.t('Gongwen document structure');
    this.item.command = 'gongwen.showStructure';
    this.scriptItem.name = vscode.l10n.t('Gongwen script');
    this.scriptItem.command = 'gongwen.convertTo';
  }

  start(): void {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
    );
    this.refresh();
  }

  /** Asks the server for a summary, at most every 200 ms. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 200);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.client.isRunning() || !['gongwen', 'plaintext', 'markdown'].includes(doc.languageId)) {
      this.item.hide();
      this.scriptItem.hide();
      return;
    }
    let summary: Summary | null = null;
    try {
      summary = await this.client.sendRequest<Summary | null>('gongwen/summary', { uri: doc.uri.toString() });
    } catch {
      summary = null;
    }
    this.showScript(summary);
    if (!summary || !summary.checked || summary.levels.length === 0) {
      this.item.hide();
      return;
    }
    const levels = summary.levels.map((l) => `${l.example}×${l.count}`).join(' ');
    this.item.text = `$(list-tree) ${levels}`;
    const problems = summary.errors + summary.warnings;
    this.item.tooltip = new vscode.MarkdownString(
      `**${vscode.l10n.t('Document structure')}** · Gongwen\n\n${summary.levels.map((l) => `- ${l.example} ${l.count}`).join('\n')}\n\n` +
        (problems > 0 ? vscode.l10n.t('{0} errors, {1} warnings', summary.errors, summary.warnings) : vscode.l10n.t('No problems found')),
    );
    this.item.show();
  }

  private showScript(summary: Summary | null): void {
    const s = summary?.script;
    if (!s || s.simplified + s.traditional === 0) {
      this.scriptItem.hide();
      return;
    }
    this.scriptItem.text = s.mixed ? '混' : s.script === 'traditional' ? '繁' : '简';
    this.scriptItem.tooltip = s.mixed
      ? vscode.l10n.t('Mixed Simplified and Traditional ({0} Simplified-only, {1} Traditional-only characters). Click to convert.', s.simplified, s.traditional)
      : s.script === 'traditional'
        ? vscode.l10n.t('Traditional Chinese. Click to convert.')
        : vscode.l10n.t('Simplified Chinese. Click to convert.');
    this.scriptItem.show();
  }

  dispose(): void {
    this.scriptItem.dispose();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
