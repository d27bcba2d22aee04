/** Drives the real language server over stdio and times didChange → publishDiagnostics. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { DEBOUNCE_MS } from '../server/src/debounce';
import { REPO_ROOT } from './corpus';
import { nowMs, summarize, type Summary } from './stats';

/** The compiled server. */
export const SERVER_JS = path.join(REPO_ROOT, 'out', 'server', 'src', 'server.js');
/** The server's debounce before it checks a changed document. */
export const SERVER_DEBOUNCE_MS = DEBOUNCE_MS;

export interface LatencyResult {
  name: string;
  chars: number;
  mode: 'full' | 'incremental';
  latency: Summary;
  diagnostics: number;
  /** Open → first publishDiagnostics (cold: includes the first parse of the document). */
  openMs: number;
}

interface Waiter {
  resolve: (value: { at: number; count: number }) => void;
}

/** A client of one server process. */
export class ServerSession {
  private readonly child: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly waiters = new Map<string, Waiter>();
  private stderr = '';

  constructor(serverJs = SERVER_JS) {
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = nowMs();
      const key = `${params.uri}@${params.version ?? '?'}`;
      const waiter = this.waiters.get(key);
      if (waiter) {
        this.waiters.delete(key);
        waiter.resolve({ at, count: params.diagnostics.length });
      }
    });
    // Not expected (the client advertises neither), but answered rather than left hanging.
    this.connection.onRequest('workspace/configuration', (params: { items?: unknown[] }) => (params.items ?? []).map(() => null));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  get errors(): string {
    return this.stderr;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  private diagnosticsFor(uri: string, version: number, timeoutMs = 10_000): Promise<{ at: number; count: number }> {
    return new Promise((resolve, reject) => {
      const key = `${uri}@${version}`;
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`no publishDiagnostics for ${key} within ${timeoutMs} ms${this.stderr ? `; server stderr: ${this.stderr}` : ''}`));
      }, timeoutMs);
      this.waiters.set(key, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
      });
    });
  }

  /** Opens a document and waits for its first diagnostics; returns the elapsed ms and count. */
  async open(uri: string, text: string): Promise<{ ms: number; count: number }> {
    const done = this.diagnosticsFor(uri, 1);
    const t0 = nowMs();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'gongwen', version: 1, text },
    });
    const { at, count } = await done;
    return { ms: at - t0, count };
  }

  /** Sends one didChange and waits for the diagnostics of that version; returns ms from send to arrival. */
  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<{ ms: number; count: number }> {
    const done = this.diagnosticsFor(uri, version);
    const t0 = nowMs();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    const { at, count } = await done;
    return { ms: at - t0, count };
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(2000)]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    const timer = setTimeout(() => this.child.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Line and character (UTF-16) of an offset. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * A real one-character edit near the middle of the document: a CJK character in running text
 * (not a marker, not at a line start) toggled to another and back on alternate versions.
 */
function editSite(text: string): { offset: number; original: string; replacement: string } {
  const mid = Math.floor(text.length / 2);
  for (const [from, to] of [['推', '促'], ['加', '增'], ['的', '之']] as const) {
    for (let i = text.indexOf(from, mid); i >= 0; i = text.indexOf(from, i + 1)) {
      const lineStart = text.lastIndexOf('\n', i) + 1;
      if (i - lineStart >= 6) return { offset: i, original: from, replacement: to };
    }
  }
  // Any character after the first few of a line, toggled to 之.
  const offset = text.indexOf('\n', mid) - 1;
  return { offset, original: text[offset], replacement: text[offset] === '之' ? '乎' : '之' };
}

/**
 * Opens `text` in the server and sends `edits` didChange notifications one at a time (after
 * `warmup` untimed ones), each toggling one character, timing send → publishDiagnostics.
 */
export async function measureLatency(
  session: ServerSession,
  name: string,
  text: string,
  mode: 'full' | 'incremental',
  edits = 20,
  warmup = 3,
): Promise<LatencyResult> {
  const uri = `file:///bench/${mode}/${name}`;
  const opened = await session.open(uri, text);
  const site = editSite(text);
  const pos = positionAt(text, site.offset);
  const range = { start: pos, end: { line: pos.line, character: pos.character + 1 } };
  const variants = [site.original, site.replacement];
  const fullTexts = variants.map((ch) => text.slice(0, site.offset) + ch + text.slice(site.offset + 1));

  const samples: number[] = [];
  let diagnostics = opened.count;
  for (let i = 0; i < warmup + edits; i++) {
    const version = i + 2;
    // Version 2 carries the replacement, version 3 the original again, and so on.
    const which = (i + 1) % 2;
    const change: TextDocumentContentChangeEvent = mode === 'full' ? { text: fullTexts[which] } : { range, text: variants[which] };
    const r = await session.change(uri, version, [change]);
    if (i >= warmup) samples.push(r.ms);
    diagnostics = r.count;
  }
  return { name, chars: text.length, mode, latency: summarize(samples), diagnostics, openMs: opened.ms };
}
