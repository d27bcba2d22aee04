import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, corpusPath } from '../corpus/corpus';

const CLI = path.join(REPO_ROOT, 'out', 'server', 'src', 'cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gongwen CLI', function () {
  this.timeout(20_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  describe('check', () => {
    it('prints file:line:col severity code message and exits 1 on an error', () => {
      const file = write('gap.txt', '一、总体要求\n\n三、保障措施\n');
      const r = run('check', file);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, `${file}:3:1 error numbering/gap 编号不连续：应为“二、”，此处为“三、”（缺少“二、”）\n`);
    });

    it('exits 0 on a document with warnings only, and on the corpus plan', () => {
      assert.equal(run('check', write('warn.txt', '(一)甲。\n\n（二）乙。\n')).code, 0);
      const r = run('check', corpusPath('plan-suigang-simplified.txt'));
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
    });

    it('prints LSP diagnostics as JSON, exactly as the server publishes them', () => {
      const file = write('json.txt', '一、甲\n\n三、乙\n');
      const r = run('check', '--format', 'json', file);
      const parsed = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<Record<string, unknown>> }> };
      assert.equal(parsed.files[0].path, file);
      const d = parsed.files[0].diagnostics[0];
      assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
      assert.equal(d.severity, 1);
      assert.equal(d.code, 'numbering/gap');
      assert.equal(d.source, 'gongwen');
    });

    it('drops a BOM and keeps CRLF, so columns match the editor', () => {
      const file = write('bom.txt', '\uFEFF一、甲\r\n\r\n三、乙\r\n');
      const r = run('check', '--format=json', file);
      const d = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ range: unknown }> }> }).files[0].diagnostics[0];
      assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
    });

    it('takes --rule to change a severity or turn a rule off, and --lang en', () => {
      const file = write('rule.txt', '一、甲\n\n三、乙\n');
      assert.equal(run('check', '--rule', 'numbering/gap=warning', file).code, 0);
      assert.equal(run('check', '--rule', 'numbering/gap=off', file).stdout, '');
      assert.match(run('check', '--lang', 'en', file).stdout, /Numbering skips/);
    });

    it('reads settings from --config', () => {
      const file = write('cfg.txt', '一、甲\n\n三、乙\n');
      const config = write('cfg.json', JSON.stringify({ rules: { 'numbering/gap': 'off' } }));
      assert.equal(run('check', '--config', config, file).code, 0);
    });

    it('checks the text files in a directory', () => {
      const sub = path.join(dir, 'folder');
      fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, 'a.txt'), '一、甲\n\n三、乙\n');
      fs.writeFileSync(path.join(sub, 'b.md'), '一、甲\n\n二、乙\n');
      fs.writeFileSync(path.join(sub, 'c.png'), 'not text');
      const r = run('check', '--format', 'json', sub);
      const parsed = JSON.parse(r.stdout) as { files: Array<{ path: string }> };
      assert.deepEqual(
        parsed.files.map((f) => path.basename(f.path)),
        ['a.txt', 'b.md'],
      );
    });

    it('exits 2 with a clear message on a missing file, a file that is not UTF-8, bad options', () => {
      let r = run('check', path.join(dir, 'missing.txt'));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read .*missing\.txt: no such file or directory/);
      r = run('check', write('gbk.txt', Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd7])));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not UTF-8/);
      for (const args of [[], ['check'], ['frobnicate', 'x'], ['check', '--format', 'xml', 'x'], ['check', '--rule', 'no/such=off', 'x'], ['check', '--rule', 'numbering/gap=loud', 'x'], ['check', '--bogus', 'x']]) {
        r = run(...args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /gongwen|Usage/);
        assert.equal(r.stdout, '');
      }
    });
  });

  describe('outline', () => {
    it('prints an indented tree', () => {
      const r = run('outline', corpusPath('plan-suigang-simplified.txt'));
      assert.equal(r.code, 0);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], '一、总体要求  (32)');
      assert.equal(lines[1], '  （一）指导思想  (34)');
      assert.ok(lines.includes('    13.争创港澳青年创业就业新高地  (175)'));
    });

    it('prints JSON nodes with marker, number, title, kind, range and children', () => {
      const r = run('outline', '--format', 'json', corpusPath('plan-suigang-simplified.txt'));
      const parsed = JSON.parse(r.stdout) as { path: string; symbols: Array<Record<string, unknown> & { children: Array<Record<string, unknown>> }> };
      assert.equal(parsed.path, corpusPath('plan-suigang-simplified.txt'));
      const first = parsed.symbols[0].children[0];
      assert.equal(first.marker, '（一）');
      assert.equal(first.number, 1);
      assert.equal(first.title, '指导思想');
      assert.equal(first.kind, 'cnParen');
      assert.deepEqual(Object.keys(first.range as object), ['start', 'end']);
    });

    it('takes exactly one path', () => {
      assert.equal(run('outline').code, 2);
      assert.equal(run('outline', 'a', 'b').code, 2);
    });
  });

  describe('refs', () => {
    it('lists references with their targets and terms with their uses, as text and as JSON', () => {
      const file = write('refs.txt', '第一条 设立广州市某某服务中心（以下简称服务中心）。\n\n第二条 服务中心依照本办法第一条和第九条办理。\n');
      const text = run('refs', file);
      assert.equal(text.code, 0);
      assert.ok(text.stdout.includes(`${file}:3:11 本办法第一条 → 第一条`), text.stdout);
      assert.ok(text.stdout.includes('第九条 → ✗ missing'));
      assert.ok(text.stdout.includes('服务中心 = 广州市某某服务中心 (1 uses)'));
      const json = JSON.parse(run('refs', '--format', 'json', file).stdout) as {
        references: Array<{ text: string; target: { marker: string } | null; range: unknown }>;
        terms: Array<{ name: string; fullName: string; uses: unknown[] }>;
      };
      assert.deepEqual(
        json.references.map((r) => [r.text, r.target?.marker ?? null]),
        [
          ['本办法第一条', '第一条'],
          ['第九条', null],
        ],
      );
      assert.deepEqual(json.terms[0].name, '服务中心');
      assert.equal(json.terms[0].fullName, '广州市某某服务中心');
    });
  });

  describe('convert', () => {
    it('converts to stdout keeping a BOM and CRLF, and to -o OUT', () => {
      const file = write('conv.txt', '\uFEFF一、总体要求\r\n\r\n头发发展。\r\n');
      const r = run('convert', '--to', 'hk', file);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '\uFEFF一、總體要求\r\n\r\n頭髮發展。\r\n');
      const out = path.join(dir, 'conv-hk.txt');
      assert.equal(run('convert', '--to', 'tw', '-o', out, file).stdout, '');
      assert.equal(fs.readFileSync(out, 'utf8'), '\uFEFF一、總體要求\r\n\r\n頭髮發展。\r\n');
      assert.equal(fs.readFileSync(file, 'utf8'), '\uFEFF一、总体要求\r\n\r\n头发发展。\r\n', 'the input is untouched');
    });

    it('converts back with --from, protects words, and converts punctuation on request', () => {
      const file = write('conv-tw.txt', '堅持「一國兩制」。\n');
      assert.equal(run('convert', '--to', 'cn', '--from', 'tw', '--punctuation', file).stdout, '坚持“一国两制”。\n');
      const names = write('conv-names.txt', '广州穗港智造合作区建设。\n');
      assert.equal(run('convert', '--to', 'hk', '--protect', '穗港智造合作区', names).stdout, '廣州穗港智造合作区建設。\n');
    });

    it('exits 2 with a message for a bad locale, a missing --to or an unreadable file', () => {
      const file = write('conv-bad.txt', '发展\n');
      for (const args of [['convert', '--to', 'xx', file], ['convert', file], ['convert', '--to', 'hk', '--from', 'mars', file], ['convert', '--to', 'hk', path.join(dir, 'none.txt')]]) {
        const r = run(...args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /gongwen: /);
        assert.equal(r.stdout, '');
      }
    });
  });

  it('prints its version and the rule list', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run('--version').stdout.trim(), pkg.version);
    assert.match(run('rules').stdout, /^numbering\/gap\s+error/m);
  });
});
