import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from './registry';
import { diagnose } from '../testUtil';

describe('rule registry', () => {
  it('has unique, stable-looking codes with a description and an example', () => {
    const codes = RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of RULES) {
      assert.match(r.code, /^[a-z]+\/[a-z-]+$/);
      assert.ok(r.doc.zh && r.doc.en && r.doc.bad && r.doc.good, r.code);
    }
  });

  it('has a test file for every rule', () => {
    const dir = path.resolve(__dirname, '../../../../../server/src/service/rules');
    for (const r of RULES) {
      const file = path.join(dir, `${r.code.replace('/', '-')}.test.ts`);
      assert.ok(fs.existsSync(file), `missing ${file}`);
    }
  });

  it('is documented in the README table exactly: code, default severity, meaning, example', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../../../README.md'), 'utf8');
    const rows = new Map<string, string[]>();
    for (const line of readme.split('\n')) {
      const m = /^\| `([a-z]+\/[a-z-]+)` \|(.*)\|$/.exec(line);
      if (m) rows.set(m[1], m[2].split('|').map((c) => c.trim()));
    }
    for (const r of RULES) {
      const row = rows.get(r.code);
      assert.ok(row, `README lacks a row for ${r.code}`);
      assert.equal(row[0], r.severity, `${r.code} severity`);
      assert.equal(row[1], r.doc.zh, `${r.code} meaning`);
      assert.equal(row[2], r.doc.en, `${r.code} meaning in English`);
      assert.equal(row[3], `\`${r.doc.bad}\``, `${r.code} example`);
    }
    assert.deepEqual([...rows.keys()].sort(), RULES.map((r) => r.code).sort(), 'README lists rules the registry does not have');
  });

  it('every rule can be turned off', () => {
    const text = '一、甲\n\n三、乙\n\n(一)子。\n\n《未闭合\n\n国办发(2018)1号\n\n二〇〇四年六月二十六日\n';
    const off = Object.fromEntries(RULES.map((r) => [r.code, 'off' as const]));
    assert.ok(diagnose(text).length > 0);
    assert.deepEqual(diagnose(text, { rules: off }), []);
  });
});
