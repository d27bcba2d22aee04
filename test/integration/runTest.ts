/**
 * Runs the extension's integration tests in a real VS Code: the standard `runTests` from
 * @vscode/test-electron, with code-server in headless Chromium standing in for the desktop
 * build it would download (see codeServerShim.ts). Needs `npm run setup:editors` first.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** Runs the suite in a real VS Code with a display language; resolves to whether it passed. */
async function runIn(locale: string): Promise<boolean> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const shim = path.join(__dirname, 'codeServerShim.js');
  fs.chmodSync(shim, 0o755); // tsc does not keep the executable bit
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-vscode-test-'));
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  const started = Date.now();
  try {
    await runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`, `--locale=${locale}`],
      extensionTestsEnv: { GONGWEN_TEST_RESULTS: path.join(tmp, 'results.txt'), GONGWEN_TEST_LOCALE: locale },
    });
    console.log(`VS Code integration tests (${locale}) passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (e) {
    console.error(`VS Code integration tests (${locale}) failed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The whole suite in Chinese, the drafters' language, then in English. */
async function main(): Promise<void> {
  let ok = true;
  for (const locale of ['zh-cn', 'en']) ok = (await runIn(locale)) && ok;
  if (!ok) process.exitCode = 1;
}

void main();
