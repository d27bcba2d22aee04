/**
 * A second real LSP client: Debian's Neovim (0.7) runs test/nvim/lsp.lua headless against
 * `node out/server/src/server.js --stdio` and reports the outline and published diagnostics.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusPath, REPO_ROOT } from '../corpus/corpus';
import { SERVER } from '../protocol/lspClient';

const SCRIPT = path.join(REPO_ROOT, 'test', 'nvim', 'lsp.lua');

interface DocumentSymbol {
  name: string;
  children?: DocumentSymbol[];
}
interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
}
interface NvimResult {
  symbols: DocumentSymbol[] | null;
  diagnostics: Diagnostic[] | null;
  errors: string[];
}

let tmp: string;

/** Opens `file` in headless Neovim with the Gongwen server attached. */
function runNvim(file: string): NvimResult {
  const out = path.join(tmp, `result-${path.basename(file)}.json`);
  const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], {
    env: { ...process.env, GONGWEN_SERVER: SERVER, GONGWEN_FILE: file, GONGWEN_OUT: out },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.error) throw run.error;
  if (!fs.existsSync(out)) throw new Error(`nvim wrote no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
  assert.deepEqual(result.errors, [], 'errors in the Lua script');
  assert.equal(run.status, 0, `nvim exit status\n${run.stderr}`);
  return result;
}

describe('Gongwen in Neovim (built-in LSP client)', () => {
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-nvim-'));
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error) throw new Error(`nvim is not installed (${version.error.message}): run npm run setup:editors`);
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('gets the Suigang plan outline and its diagnostics', () => {
    const { symbols, diagnostics } = runNvim(corpusPath('plan-suigang-simplified.txt'));
    assert.ok(symbols, 'documentSymbol answered');
    const titles = ['一、总体要求', '二、主要任务', '三、保障措施'];
    assert.equal(symbols.length, 3, symbols.map((s) => s.name).join(' | '));
    titles.forEach((t, i) => assert.ok(symbols[i].name.startsWith(t), `${symbols[i].name} starts with ${t}`));
    assert.equal(symbols[1].children?.length, 4);
    assert.ok(Array.isArray(diagnostics), 'diagnostics were published');
  });

  it('gets a numbering/gap diagnostic for a document that skips 二、', () => {
    const file = path.join(tmp, 'gap.txt');
    fs.writeFileSync(file, '关于加强某项工作的通知\n\n一、总体要求\n坚持问题导向。\n\n三、主要任务\n加强组织领导。\n\n四、保障措施\n强化督促检查。\n');
    const { diagnostics } = runNvim(file);
    const gap = diagnostics?.find((d) => d.code === 'numbering/gap');
    assert.ok(gap, `numbering/gap among ${JSON.stringify(diagnostics?.map((d) => d.code))}`);
    assert.deepEqual(gap.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 2 } });
  });
});
