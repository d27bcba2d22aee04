/**
 * The UI's translations are complete: every %key% in package.json has an English and a Chinese
 * string, and every vscode.l10n.t('…') in the client has its Chinese (and Traditional) bundle entry.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './corpus/corpus';

function json(file: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Record<string, string>;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(REPO_ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => path.join(REPO_ROOT, dir, f));
}

describe('UI translations', () => {
  const manifest = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);

  for (const bundle of ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json']) {
    it(`${bundle} has every manifest string and no stale ones`, () => {
      const strings = json(bundle);
      assert.deepEqual(keys.filter((k) => !(k in strings)), []);
      assert.deepEqual(Object.keys(strings).filter((k) => !keys.includes(k)), []);
    });
  }

  const used = new Set<string>();
  for (const file of sourceFiles('client/src')) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
  }

  it('the Traditional strings are the Simplified ones converted (npm run build && node scripts/make-zh-tw.mjs)', () => {
    const { getConverter } = require('../server/src/service/convert') as typeof import('../server/src/service/convert');
    const cv = getConverter('cn', 'twp');
    for (const [simplified, traditional] of [['package.nls.zh-cn.json', 'package.nls.zh-tw.json'], ['l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.zh-tw.json']]) {
      const expected = Object.fromEntries(Object.entries(json(simplified)).map(([k, v]) => [k, cv.convert(v)]));
      assert.deepEqual(json(traditional), expected, traditional);
    }
  });

  for (const bundle of ['l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.zh-tw.json']) {
    it(`${bundle} translates every client string`, () => {
      const strings = json(bundle);
      assert.ok(used.size > 5);
      assert.deepEqual([...used].filter((k) => !(k in strings)), []);
      for (const [k, v] of Object.entries(strings)) assert.equal((v.match(/\{\d\}/g) ?? []).sort().join(), (k.match(/\{\d\}/g) ?? []).sort().join(), `placeholders of ${k}`);
    });
  }
});
