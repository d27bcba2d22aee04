// Rewrites the rule table in README.md from the rule registry (run after `npm run build`).
// A test checks the two agree, so the README never drifts from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../out/server/src/service/rules/registry.js');

const rows = [
  '| code | default severity | what it finds | in English | example it reports |',
  '| --- | --- | --- | --- | --- |',
  ...RULES.map((r) => `| \`${r.code}\` | ${r.severity} | ${r.doc.zh} | ${r.doc.en} | \`${r.doc.bad}\` |`),
];
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a < 0 || b < a) throw new Error('README.md lacks the <!-- rules:start --> … <!-- rules:end --> markers');
writeFileSync('README.md', readme.slice(0, a + start.length) + '\n' + rows.join('\n') + '\n' + readme.slice(b));
