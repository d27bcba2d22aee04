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
import { createLanguageService, message, normalizeLocale, readSettings, RenameError, type Diagnostic as ServiceDiagnostic, type GongwenDocument, type GongwenSettings } from './service';
import { matchesAny } from './glob';
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
const workspace = new WorkspaceFiles(() => documents.all());
const service = createLanguageService({
  workspace,
  onRuleFailure: (failures) => connection.console.error(`gongwen: a rule failed: ${failures.join('; ')}`),
});
const settingsByUri = new Map<string, Promise<ClientSettings>>();
const pending = new Map<string, NodeJS.Timeout>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = params.locale;
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  hasWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
  const initial = readSettings(params.initializationOptions?.settings, locale);
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
  let raw: unknown;
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
  const diagnostics: ServiceDiagnostic[] = isChecked(doc, settings) ? service.getDiagnostics(doc) : [];
  await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
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

connection.onCodeAction((params) => {
  const actions: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
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
  return actions;
});

/** The status bar's summary of a document: levels used and problem counts. */
connection.onRequest('gongwen/summary', async (params: { uri: string }) => {
  const doc = documents.get(params?.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  service.configure(settings.service);
  return { ...service.getSummary(doc), checked: isChecked(doc, settings) };
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
