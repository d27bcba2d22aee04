/**
 * A minimal LSP client over the server's stdio for protocol tests. It parses stdout strictly:
 * every byte must belong to a `Content-Length`-framed JSON-RPC message, so a stray console.log
 * in the server fails the tests.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../corpus/corpus';

export const SERVER = path.join(REPO_ROOT, 'out', 'server', 'src', 'server.js');

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type Handler = (params: unknown) => unknown;

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Anything on stdout that is not a well-formed message. */
  readonly protocolErrors: string[] = [];
  readonly notifications: Message[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters: Array<{ method: string; test: (p: unknown) => boolean; resolve: (p: unknown) => void }> = [];
  private readonly handlers = new Map<string, Handler>();
  readonly exited: Promise<number | null>;

  constructor(args: string[] = ['--stdio']) {
    this.process = spawn(process.execPath, [SERVER, ...args], { stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.onRequest('client/registerCapability', () => null);
    this.onRequest('workspace/configuration', (params) => ((params as { items: unknown[] }).items ?? []).map(() => null));
  }

  onRequest(method: string, handler: Handler): void {
    this.handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the params of the next notification of `method` that passes `test`. */
  waitFor<T>(method: string, test: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && test(n.params as T));
    if (seen) {
      this.notifications.splice(this.notifications.indexOf(seen), 1);
      return Promise.resolve(seen.params as T);
    }
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        method,
        test: (p) => test(p as T),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as T);
        },
      });
    });
  }

  sendRaw(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  async initialize(capabilities: unknown = {}, initializationOptions?: unknown): Promise<unknown> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions, locale: 'zh-cn' });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return this.exited;
  }

  kill(): void {
    this.process.kill();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        const head = this.buffer.subarray(0, 15).toString('ascii').toLowerCase();
        if (!'content-length:'.startsWith(head) && !head.startsWith('content-')) {
          this.protocolErrors.push(this.buffer.toString('utf8'));
          this.buffer = Buffer.alloc(0);
        }
        return;
      }
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /^Content-Length: (\d+)(\r\nContent-Type: [^\r\n]+)?$/i.exec(header);
      if (!m) {
        this.protocolErrors.push(header);
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const length = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      let message: Message;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        this.protocolErrors.push(body);
        continue;
      }
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      else p?.resolve(message.result);
      return;
    }
    if (message.id !== undefined && message.method) {
      const handler = this.handlers.get(message.method);
      const result = handler ? handler(message.params) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    const waiter = this.waiters.find((w) => w.method === message.method && w.test(message.params));
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message.params);
    } else {
      this.notifications.push(message);
    }
  }
}
