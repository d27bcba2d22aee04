/**
 * Simplified ↔ Traditional conversion commands. The server converts (`gongwen/convert`); the client
 * applies the result as one edit, so one Undo takes it back, or shows it in a new document or a
 * diff preview.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type Locale = 'cn' | 't' | 'hk' | 'tw' | 'twp';

interface ConvertResult {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
  from: Locale;
  to: Locale;
  changed: number;
  reviews: number;
}

const PREVIEW_SCHEME = 'gongwen-preview';
/** Above this many characters a conversion shows progress. */
const LARGE = 200_000;

function localeItems(): Array<vscode.QuickPickItem & { locale: Locale }> {
  return [
    { locale: 'hk', label: vscode.l10n.t('Traditional (Hong Kong)'), description: 'hk' },
    { locale: 'tw', label: vscode.l10n.t('Traditional (Taiwan)'), description: 'tw' },
    { locale: 'twp', label: vscode.l10n.t('Traditional (Taiwan, with Taiwan phrases)'), description: 'twp' },
    { locale: 't', label: vscode.l10n.t('Traditional (OpenCC standard)'), description: 't' },
    { locale: 'cn', label: vscode.l10n.t('Simplified (mainland)'), description: 'cn' },
  ];
}

const LOCALES: readonly Locale[] = ['cn', 't', 'hk', 'tw', 'twp'];

/** A locale given as a command argument, if it is one. */
function given(x: unknown): Locale | undefined {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x) ? (x as Locale) : undefined;
}

function config(uri: vscode.Uri) {
  const c = vscode.workspace.getConfiguration('gongwen', uri);
  return { locale: c.get<Locale>('convert.locale', 'hk'), punctuation: c.get<boolean>('convert.punctuation', false) };
}

async function pickLocale(): Promise<Locale | undefined> {
  const item = await vscode.window.showQuickPick(localeItems(), { placeHolder: vscode.l10n.t('Convert to…') });
  return item?.locale;
}

function toRange(r: ConvertResult['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class Conversion implements vscode.Disposable {
  private readonly previews = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    const previews = this.previews;
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, {
        onDidChange: this.changed.event,
        provideTextDocumentContent: (uri) => previews.get(uri.toString()) ?? '',
      }),
      vscode.commands.registerCommand('gongwen.convertToTraditional', () => this.convertActive((uri) => config(uri).locale)),
      vscode.commands.registerCommand('gongwen.convertToSimplified', () => this.convertActive(() => 'cn')),
      // A locale argument (from a keybinding: { "command": "gongwen.convertTo", "args": "tw" }) skips the question.
      vscode.commands.registerCommand('gongwen.convertTo', (locale?: unknown) => this.convertActive(() => given(locale) ?? pickLocale())),
      vscode.commands.registerCommand('gongwen.convertToNewDocument', (locale?: unknown) => this.convertToNewDocument(given(locale))),
      vscode.commands.registerCommand('gongwen.previewConversion', (locale?: unknown) => this.preview(given(locale))),
      vscode.commands.registerCommand('gongwen.applyPreviewedConversion', () => this.applyPreview()),
    );
  }

  /** Asks the server; shows progress for a large text. */
  private async request(editor: vscode.TextEditor, to: Locale, apply: boolean, explicit?: ConvertResult['range']): Promise<ConvertResult | undefined> {
    const doc = editor.document;
    const selection = editor.selection;
    const range = explicit ?? (selection.isEmpty ? undefined : { start: selection.start, end: selection.end });
    const { punctuation } = config(doc.uri);
    const run = () => this.client.sendRequest<ConvertResult>('gongwen/convert', { uri: doc.uri.toString(), range, to, punctuation, apply });
    try {
      if (doc.getText().length < LARGE) return await run();
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Converting…') }, run);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Conversion failed: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
  }

  /** Converts the selection, or the whole document when nothing is selected, as one undoable edit. */
  async convertActive(target: (uri: vscode.Uri) => Locale | undefined | Promise<Locale | undefined>): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const to = await target(editor.document.uri);
    if (!to) return;
    const version = editor.document.version;
    const result = await this.request(editor, to, true);
    if (!result) return;
    if (editor.document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed during the conversion; nothing was changed. Try again.'));
      return;
    }
    await this.apply(editor.document.uri, result);
  }

  /** Applies a conversion as one edit (one Undo takes it back) and says what it did. */
  private async apply(uri: vscode.Uri, result: ConvertResult): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, toRange(result.range), result.newText);
    await vscode.workspace.applyEdit(edit);
    this.report(result);
  }

  private report(result: ConvertResult): void {
    const message =
      result.reviews > 0
        ? vscode.l10n.t('Converted {0} characters; {1} characters depend on meaning and are marked for review.', result.changed, result.reviews)
        : vscode.l10n.t('Converted {0} characters.', result.changed);
    void vscode.window.setStatusBarMessage(message, 8000);
  }

  /** Asks for the target and converts the active editor's selection or document, without applying it. */
  private async pickAndConvert(locale?: Locale): Promise<{ editor: vscode.TextEditor; to: Locale; result: ConvertResult } | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const to = locale ?? (await pickLocale());
    if (!to) return undefined;
    const result = await this.request(editor, to, false);
    return result ? { editor, to, result } : undefined;
  }

  async convertToNewDocument(locale?: Locale): Promise<void> {
    const picked = await this.pickAndConvert(locale);
    if (!picked) return;
    const { editor, result } = picked;
    const doc = await vscode.workspace.openTextDocument({ language: editor.document.languageId, content: result.newText });
    await vscode.window.showTextDocument(doc, { preview: false });
  }

  private pendingPreview: { uri: vscode.Uri; version: number; result: ConvertResult } | undefined;

  /** Shows the conversion in a diff editor; “Apply” there applies it. */
  async preview(locale?: Locale): Promise<void> {
    const picked = await this.pickAndConvert(locale);
    if (!picked) return;
    const { editor, to, result } = picked;
    const doc = editor.document;
    const range = toRange(result.range);
    const after = doc.getText(new vscode.Range(doc.positionAt(0), range.start)) + result.newText + doc.getText(new vscode.Range(range.end, doc.positionAt(doc.getText().length)));
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: doc.uri.path, query: `${to}-${Date.now()}` });
    this.previews.set(uri.toString(), after);
    this.pendingPreview = { uri: doc.uri, version: doc.version, result };
    const title = vscode.l10n.t('{0} ↔ converted ({1})', vscode.workspace.asRelativePath(doc.uri), to);
    await vscode.commands.executeCommand('vscode.diff', doc.uri, uri, title);
  }

  async applyPreview(): Promise<void> {
    const p = this.pendingPreview;
    if (!p) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri.toString());
    if (!doc || doc.version !== p.version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed since the preview; preview again.'));
      return;
    }
    const editor = await vscode.window.showTextDocument(doc);
    // Ask again with apply so the review notes are kept, then apply the same edit.
    const result = await this.request(editor, p.result.to, true, p.result.range);
    if (!result) return;
    this.pendingPreview = undefined;
    await this.apply(doc.uri, result);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
