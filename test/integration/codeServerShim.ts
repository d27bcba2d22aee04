#!/usr/bin/env node
/**
 * Stands in for the VS Code executable that `runTests` from @vscode/test-electron launches
 * (see ../../../shared/notes/real-vscode.md). It reads the usual `--extensionDevelopmentPath=`,
 * `--extensionTestsPath=`, `--user-data-dir=`, `--extensions-dir=` and workspace-folder
 * arguments, serves VS Code with code-server, opens it in headless Chromium with those paths
 * in the URL's `payload`, and exits with the code the in-host test runner reports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const CODE_SERVER = path.join(REPO_ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.GONGWEN_EDITOR_TIMEOUT_MS) || 5 * 60_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Args {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  folder: string | undefined;
  userDataDir: string | undefined;
  extensionsDir: string | undefined;
  /** The display language (`--locale=zh-cn`), as VS Code's own --locale. */
  locale: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const extensionDevelopmentPath = value('extensionDevelopmentPath');
  const extensionTestsPath = value('extensionTestsPath');
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    throw new Error('expected --extensionDevelopmentPath= and --extensionTestsPath=');
  }
  return {
    extensionDevelopmentPath,
    extensionTestsPath,
    folder: argv.find((a) => !a.startsWith('-')),
    userDataDir: value('user-data-dir'),
    extensionsDir: value('extensions-dir'),
    locale: value('locale'),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(-pid, s);
    } catch {
      // already gone
    }
  };
  return new Promise((resolve) => {
    const force = setTimeout(() => signal('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      signal('SIGKILL'); // anything the server left behind in its process group
      resolve();
    });
    signal('SIGTERM');
  });
}

function remote(p: string): string {
  return `vscode-remote://remote${path.resolve(p)}`;
}

/** What a run leaves behind: cleaned up whether the tests pass, fail or hang. */
interface Run {
  tmp: string;
  server?: ChildProcess;
  browser?: BrowserContext;
  console: string[];
}

async function runInBrowser(args: Args, run: Run): Promise<number> {
  const dir = (name: string): string => {
    const d = path.join(run.tmp, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(run.tmp, 'code-server.log'), 'w');
  const extensionsDir = args.extensionsDir ?? dir('extensions');
  const userDataDir = args.userDataDir ?? dir('user-data');
  const env = { ...process.env, XDG_CONFIG_HOME: dir('config'), XDG_DATA_HOME: dir('data'), XDG_CACHE_HOME: dir('cache'), EXTENSIONS_GALLERY: '{"serviceUrl":""}' };
  const server = spawn(process.execPath, [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(args.locale ? ['--locale', args.locale] : []),
    ...(args.folder ? [args.folder] : [])], {
    detached: true, // its own process group, so cleanup reaches the extension host and language server
    stdio: ['ignore', log, log],
    env,
  });
  fs.closeSync(log);
  run.server = server;
  const serverExit = new Promise<number>((resolve) => server.once('exit', () => resolve(-2)));
  await waitForHealth(url, server);

  const browser = await chromium.launchPersistentContext(dir('chromium'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  run.browser = browser;
  let exit: (code: number) => void = () => undefined;
  const testsExit = new Promise<number>((resolve) => (exit = resolve));
  await browser.exposeFunction('codeAutomationExit', (code: number) => exit(code));
  const page = browser.pages()[0] ?? (await browser.newPage());
  if (args.locale && args.locale !== 'en') {
    // VS Code takes its display language from the translations of a language pack, and none can
    // be downloaded here: pin the language the workbench reports, so the extension host and the
    // extension's own translations (vscode.l10n, the server's messages) run in that language.
    // Manifest strings (package.nls.*.json) are localized by the server from a language pack and
    // stay English; test/l10n.test.ts checks those files.
    const locale = args.locale;
    await page.addInitScript((lang: string) => {
      Object.defineProperty(globalThis, '_VSCODE_NLS_LANGUAGE', { get: () => lang, set: () => undefined, configurable: false });
    }, locale);
  }
  page.on('console', (m) => run.console.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => run.console.push(`[pageerror] ${e.message}`));
  const payload = [['extensionDevelopmentPath', remote(args.extensionDevelopmentPath)], ['extensionTestsPath', remote(args.extensionTestsPath)]];
  const folder = args.folder ? `folder=${encodeURIComponent(path.resolve(args.folder))}&` : '';
  await page.goto(`${url}/?${folder}payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return Promise.race([testsExit, serverExit]);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  for (const [what, file] of [['code-server', CODE_SERVER], ['Chromium', CHROMIUM]]) {
    if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file}: run npm run setup:editors`);
  }
  const run: Run = { tmp: fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-code-server-')), console: [] };
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(-1), TIMEOUT_MS)));
    const running = runInBrowser(args, run);
    running.catch(() => undefined); // after a timeout, cleanup makes it reject unobserved
    let code: number;
    let failure = '';
    try {
      code = await Promise.race([running, timedOut]);
    } catch (e) {
      code = -3;
      failure = e instanceof Error ? e.message : String(e);
    }
    const results = process.env.GONGWEN_TEST_RESULTS;
    const reported = results !== undefined && fs.existsSync(results);
    if (reported) process.stdout.write(fs.readFileSync(results, 'utf8'));
    if (code !== 0 && !(code > 0 && reported)) {
      // No report from the tests: show what the browser and code-server said instead.
      const why = code === -1 ? `timed out after ${TIMEOUT_MS} ms (GONGWEN_EDITOR_TIMEOUT_MS)`
        : code === -2 ? 'code-server exited' : code === -3 ? failure : `tests exited with code ${code} without a report`;
      const log = path.join(run.tmp, 'code-server.log');
      console.error(`\n${why}\n--- browser console (last 40 lines) ---\n${run.console.slice(-40).join('\n')}`);
      if (fs.existsSync(log)) console.error(`--- code-server log (end) ---\n${fs.readFileSync(log, 'utf8').slice(-4000)}`);
    }
    return code === 0 ? 0 : 1;
  } finally {
    clearTimeout(timer);
    await run.browser?.close().catch(() => undefined);
    if (run.server) await killGroup(run.server);
    fs.rmSync(run.tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
