// Takes the README's screenshot from the real extension: code-server (npm run setup:editors) with
// the packaged .vsix (npm run package) installed, driven by Chromium. Writes media/screenshot.png.
//
//   node scripts/screenshot.mjs
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const codeServer = path.join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vsix = path.join(root, 'gongwen.vsix');
for (const f of [codeServer, vsix]) if (!fs.existsSync(f)) throw new Error(`${f} is missing: run npm run setup:editors and npm run package`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-shot-'));
const dir = (n) => fs.mkdirSync(path.join(tmp, n), { recursive: true }) || path.join(tmp, n);
const workspace = dir('workspace');
// The corpus plan with two slips a drafter makes: a section number skipped, a quote left open.
const plan = fs
  .readFileSync(path.join(root, '..', 'shared', 'corpus', 'plan-suigang-simplified.txt'), 'utf8')
  .replace(' （三）空间布局。', ' （四）空间布局。')
  .replace('全面准确贯彻“一国两制”方针', '全面准确贯彻“一国两制方针');
fs.writeFileSync(path.join(workspace, '穗港智造合作区实施方案.txt'), plan);
fs.mkdirSync(path.join(workspace, '.vscode'));
fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 15, 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }));
const env = { ...process.env, XDG_CONFIG_HOME: dir('config'), XDG_DATA_HOME: dir('data'), XDG_CACHE_HOME: dir('cache'), EXTENSIONS_GALLERY: '{"serviceUrl":""}' };
const common = ['--user-data-dir', dir('user-data'), '--extensions-dir', dir('extensions')];
const install = spawnSync(process.execPath, [codeServer, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
if (install.status !== 0) throw new Error(install.stderr);

const port = 18000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, [codeServer, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...common, '--locale', 'zh-cn', workspace], { env, detached: true, stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      await sleep(200);
    }
  }
  const browser = await chromium.launchPersistentContext(dir('chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1500, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.addInitScript(() => Object.defineProperty(globalThis, '_VSCODE_NLS_LANGUAGE', { get: () => 'zh-cn', set: () => undefined }));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await sleep(4000);
  const command = async (text) => {
    await page.keyboard.press('F1');
    await sleep(500);
    await page.keyboard.type(text);
    await sleep(800);
    await page.keyboard.press('Enter');
    await sleep(1500);
  };
  await page.keyboard.press('Control+P');
  await sleep(600);
  await page.keyboard.type('穗港智造');
  await sleep(800);
  await page.keyboard.press('Enter');
  await sleep(4000);
  await command('Gongwen: Show Document Structure');
  await command('View: Focus Active Editor Group');
  await command('Go to Line/Column');
  await page.keyboard.type('57');
  await page.keyboard.press('Enter');
  await sleep(1500);
  await command('Show or Focus Hover');
  await sleep(2500);
  await page.screenshot({ path: path.join(root, 'media', 'screenshot.png') });
  await browser.close();
  console.log('wrote media/screenshot.png');
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // gone
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
