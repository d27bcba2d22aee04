#!/usr/bin/env node
/**
 * The Gongwen language server: wires LSP requests to the language service and does nothing else.
 * Run it with `--stdio` (any LSP editor) or let VS Code start it over IPC. It writes nothing to
 * stdout but protocol messages; logs go to the client's output channel or stderr.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CONVERT_LOCALES,
  createLanguageService,
  message,
  normalizeLocale,
  readSettings,
  RenameError,
  type ConvertLocale,
  type Diagnostic as ServiceDiagnostic,
  type GongwenDocument,
  type GongwenSettings,
} from './service';
import { matchesAny } from './glob';
import { Reviews } from './reviews';
import { WorkspaceFiles } from './workspaceFiles';
import { DEBOUNCE_MS } from './debounce';
import { serverInfo } from './version';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(t + '=')))) {
  if (process.argv.includes('--version')) {
    process.stdout.write(`${serverInfo.version}\n`);
    process.exit(0);
  }
  process.stderr.write(
    'gongwen-language-server: the Gongwen language server speaks LSP over a transport.\n' +
      'Usage: gongwen-language-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n',
  );
  process.exit(2);
}

/** How plain-text and Markdown files are chosen for checking (`gongwen.plaintext`). */
type PlaintextMode = 'auto' | 'always' | 'never';

interface ClientSettings {
  service: GongwenSettings;
  enable: boolean;
  plaintext: PlaintextMode;
  exclude: string[];
}

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let locale: string | undefined;
let canPullConfiguration = false;
let hasWorkspaceFolders = false;
/** Settings a client without workspace/configuration gives at start (initializationOptions.settings). */
let initialSettings: unknown;
const workspace = new WorkspaceFiles(() => documents.all());
const service = createLanguageService({
  workspace,
  onRuleFailure: (failures) => connection.console.error(`gongwen: a rule failed: ${failures.join('; ')}`),
});
const settingsByUri = new Map<string, Promise<ClientSettings>>();
const pending = new Map<string, NodeJS.Timeout>();
const reviews = new Reviews();
const REVIEW_CODE = 'convert/review';

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = params.locale;
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
  initialSettings = params.initializationOptions?.settings;
  const initial = readSettings(initialSettings, locale);
  service.configure(initial);
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);
  return {
    serverInfo,
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: '公文结构' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      definitionProvider: true,
      referencesProvider: true,
      hoverProvider: true,
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      renameProvider: { prepareProvider: true },
      completionProvider: { triggerCharacters: ['第'] },
      inlayHintProvider: true,
      executeCommandProvider: { commands: ['gongwen.dismissReview'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' }).catch(() => undefined);
  }
  if (hasWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      workspace.setFolders(folders.map((f) => f.uri));
    });
  }
});

function parsePlaintext(value: unknown): PlaintextMode {
  return value === 'always' || value === 'never' ? value : 'auto';
}

async function fetchSettings(uri: string): Promise<ClientSettings> {
  let raw: unknown = initialSettings;
  if (canPullConfiguration) {
    try {
      raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' });
    } catch {
      raw = undefined;
    }
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    service: readSettings(record, locale),
    enable: record.enable !== false,
    plaintext: parsePlaintext(record.plaintext),
    exclude: Array.isArray(record.exclude) ? record.exclude.filter((x): x is string => typeof x === 'string') : [],
  };
}

function settingsFor(uri: string): Promise<ClientSettings> {
  let s = settingsByUri.get(uri);
  if (!s) {
    s = fetchSettings(uri);
    settingsByUri.set(uri, s);
  }
  return s;
}

/** Whether a document is one Gongwen checks: the gongwen language always, other text by setting. */
function isChecked(doc: GongwenDocument & { languageId?: string }, settings: ClientSettings): boolean {
  if (!settings.enable) return false;
  if (settings.exclude.length > 0 && isExcluded(doc.uri, settings.exclude)) return false;
  if (languageOf(doc) === 'gongwen') return true;
  if (settings.plaintext === 'never') return false;
  if (settings.plaintext === 'always') return true;
  return service.isPolicyDocument(doc);
}

/** Whether a file matches a `gongwen.exclude` pattern, relative to its workspace folder. */
function isExcluded(uri: string, patterns: readonly string[]): boolean {
  const relative = workspace.relativePath(uri);
  return relative !== undefined && matchesAny(relative, patterns);
}

/** The language of a document: an open one says; a file on disk goes by its extension. */
function languageOf(doc: GongwenDocument & { languageId?: string }): string {
  if (doc.languageId) return doc.languageId;
  if (/\.(gw|gongwen)$/i.test(doc.uri)) return 'gongwen';
  if (/\.(md|markdown)$/i.test(doc.uri)) return 'markdown';
  return 'plaintext';
}

async function validate(doc: TextDocument): Promise<void> {
  const settings = await settingsFor(doc.uri);
  // The document may have changed or closed while settings were fetched.
  const current = documents.get(doc.uri);
  if (!current || current.version !== doc.version) return;
  service.configure(settings.service);
  const diagnostics: ServiceDiagnostic[] = isChecked(doc, settings) ? [...service.getDiagnostics(doc)] : [];
  if (settings.service.rules[REVIEW_CODE] !== 'off') diagnostics.push(...reviewDiagnostics(doc, settings));
  await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

/** The notes of the last conversion that still stand (convert/review), as information diagnostics. */
function reviewDiagnostics(doc: TextDocument, settings: ClientSettings): ServiceDiagnostic[] {
  const lang = settings.service.locale;
  return reviews.update(doc.uri, doc.getText()).map((r) => ({
    range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) },
    severity: 3,
    code: REVIEW_CODE,
    source: 'gongwen',
    message: message(
      lang,
      `“${r.source}”有多种转换，此处为“${r.converted}”，也可能是${r.alternatives.map((a) => `“${a}”`).join('、')}，请核对`,
      `"${r.source}" converts in more than one way: here "${r.converted}", possibly ${r.alternatives.map((a) => `"${a}"`).join(' or ')}; please check`,
    ),
    data: { alternatives: r.alternatives },
  }));
}

function schedule(doc: TextDocument): void {
  const old = pending.get(doc.uri);
  if (old) clearTimeout(old);
  pending.set(
    doc.uri,
    setTimeout(() => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) validate(current).catch((e: unknown) => connection.console.error(`gongwen: checking ${doc.uri} failed: ${String(e)}`));
    }, DEBOUNCE_MS),
  );
}

documents.onDidOpen((e) => schedule(e.document));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  const old = pending.get(e.document.uri);
  if (old) clearTimeout(old);
  pending.delete(e.document.uri);
  settingsByUri.delete(e.document.uri);
  service.forget(e.document.uri);
  reviews.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear();
  for (const doc of documents.all()) schedule(doc);
});

async function checkedDocument(uri: string): Promise<TextDocument | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const settings = await settingsFor(uri);
  if (!isChecked(doc, settings)) return undefined;
  service.configure(settings.service);
  return doc;
}

connection.onDocumentSymbol(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getDocumentSymbols(doc) : [];
});

connection.onFoldingRanges(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getFoldingRanges(doc) : [];
});

connection.onWorkspaceSymbol(async (params) => {
  const docs: TextDocument[] = [];
  for (const doc of documents.all()) if (await checkedDocument(doc.uri)) docs.push(doc);
  return service.getWorkspaceSymbols(docs, params.query);
});

connection.onDefinition(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getDefinition(doc, params.position) : [];
});

connection.onReferences(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getReferences(doc, params.position, params.context.includeDeclaration) : [];
});

connection.onHover(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getHover(doc, params.position) : null;
});

connection.onDocumentHighlight(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getDocumentHighlights(doc, params.position) : [];
});

connection.onDocumentLinks(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getDocumentLinks(doc) : [];
});

connection.onCompletion(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getCompletions(doc, params.position) : [];
});

connection.languages.inlayHint.on(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  return doc ? service.getInlayHints(doc, params.range) : [];
});

connection.onPrepareRename(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  const target = doc ? service.prepareRename(doc, params.position) : null;
  if (!target) throw new ResponseError(ErrorCodes.InvalidRequest, message(normalizeLocale(locale), '只能重命名已定义的简称（如“合作区”）', 'Only a defined abbreviation can be renamed'));
  return target;
});

connection.onRenameRequest(async (params) => {
  const doc = await checkedDocument(params.textDocument.uri);
  if (!doc) return null;
  try {
    return service.rename(doc, params.position, params.newName);
  } catch (e) {
    if (e instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
    throw e;
  }
});

connection.onCodeAction(async (params) => {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  for (const d of params.context.diagnostics) {
    if (d.source === 'gongwen' && d.code === REVIEW_CODE) {
      const alternatives = (d.data as { alternatives?: string[] } | undefined)?.alternatives ?? [];
      const m = (zh: string, en: string) => message(normalizeLocale(locale), zh, en);
      for (const alt of alternatives) {
        actions.push({ title: m(`改为“${alt}”`, `Change to "${alt}"`), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [{ range: d.range, newText: alt }] } } });
      }
      const dismissOne = m('已核对，忽略此项', 'Checked: dismiss this note');
      const dismissAll = m('已全部核对，忽略所有转换提示', 'Checked all: dismiss every conversion note');
      actions.push({ title: dismissOne, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: dismissOne, command: 'gongwen.dismissReview', arguments: [uri, d.range.start] } });
      actions.push({ title: dismissAll, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: dismissAll, command: 'gongwen.dismissReview', arguments: [uri] } });
      continue;
    }
    const fix = (d.data as ServiceDiagnostic['data'] | undefined)?.fix;
    if (d.source !== 'gongwen' || !fix) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [params.textDocument.uri]: [{ range: fix.range, newText: fix.newText }] } },
    });
  }
  // Fix every stray-script word of the document at once.
  if (params.context.diagnostics.some((d) => d.code === 'script/mixed')) {
    const doc = await checkedDocument(uri);
    const all = doc ? service.getDiagnostics(doc).filter((d) => d.code === 'script/mixed' && d.data?.fix) : [];
    if (all.length > 1) {
      actions.push({
        title: message(normalizeLocale(locale), `改正本文所有简繁混用（${all.length}处）`, `Fix all ${all.length} words in the other script`),
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [uri]: all.map((d) => ({ range: d.data!.fix!.range, newText: d.data!.fix!.newText })) } },
      });
    }
  }
  return actions;
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== 'gongwen.dismissReview') return;
  const [uri, position] = (params.arguments ?? []) as [string, { line: number; character: number } | undefined];
  const doc = documents.get(uri);
  if (!doc) return;
  reviews.dismiss(uri, position ? doc.offsetAt(position) : undefined);
  await validate(doc);
});

interface ConvertParams {
  uri: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  to: ConvertLocale;
  from?: ConvertLocale | 'auto';
  punctuation?: boolean;
  /** false: only compute (preview, new document); the notes are not kept. */
  apply?: boolean;
}

/**
 * Converts a document or a selection. Returns the one edit that does it (the client applies it as
 * one undoable step); the notes on characters that depend on meaning appear once it is applied.
 */
connection.onRequest('gongwen/convert', async (params: ConvertParams) => {
  const doc = documents.get(params?.uri);
  if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, 'gongwen/convert: the document is not open');
  const isLocale = (x: unknown): x is ConvertLocale => typeof x === 'string' && (CONVERT_LOCALES as readonly string[]).includes(x);
  if (!isLocale(params.to) || (params.from !== undefined && params.from !== 'auto' && !isLocale(params.from))) {
    throw new ResponseError(ErrorCodes.InvalidParams, `gongwen/convert: unknown locale ${String(params.from)} → ${String(params.to)}`);
  }
  const settings = await settingsFor(doc.uri);
  service.configure(settings.service);
  const result = service.convert(doc, { from: params.from ?? 'auto', to: params.to, punctuation: params.punctuation === true }, params.range);
  const text = doc.getText();
  const start = params.range ? doc.offsetAt(params.range.start) : 0;
  const end = params.range ? doc.offsetAt(params.range.end) : text.length;
  if (params.apply !== false) {
    const expected = text.slice(0, start) + result.text + text.slice(end);
    reviews.expect(doc.uri, text, expected, result.reviews.map((r) => ({ ...r, start: r.start + start, end: r.end + start })));
  }
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    newText: result.text,
    from: result.from,
    to: result.to,
    changed: result.changed,
    reviews: result.reviews.length,
  };
});

/** The status bar's summary of a document: levels used and problem counts. */
connection.onRequest('gongwen/summary', async (params: { uri: string }) => {
  const doc = documents.get(params?.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  service.configure(settings.service);
  return { ...service.getSummary(doc), checked: isChecked(doc, settings), script: service.getScript(doc) };
});

/**
 * Checks every policy document of the workspace and publishes its diagnostics, so the Problems
 * panel lists them all. Open documents are checked as usual; this adds the files on disk.
 */
connection.onRequest('gongwen/checkWorkspace', async () => {
  let files = 0;
  let errors = 0;
  let warnings = 0;
  for (const doc of workspace.documents()) {
    const settings = await settingsFor(doc.uri);
    if (!isChecked(doc, settings)) continue;
    service.configure(settings.service);
    const diagnostics = service.getDiagnostics(doc);
    files++;
    errors += diagnostics.filter((d) => d.severity === 1).length;
    warnings += diagnostics.filter((d) => d.severity === 2).length;
    if (!documents.get(doc.uri)) await connection.sendDiagnostics({ uri: doc.uri, diagnostics });
  }
  return { files, errors, warnings };
});

/** The structure view's data: clause tree with problem counts, defined terms, cited documents. */
connection.onRequest('gongwen/structure', async (params: { uri: string }) => {
  const doc = documents.get(params?.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  if (!isChecked(doc, settings)) return null;
  service.configure(settings.service);
  return service.getStructure(doc);
});

process.on('uncaughtException', (e) => {
  process.stderr.write(`gongwen-language-server: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
});

documents.listen(connection);
connection.listen();
