// Writes the Traditional Chinese UI strings (package.nls.zh-tw.json, l10n/bundle.l10n.zh-tw.json)
// from the Simplified ones with our converter (cn → twp, with Taiwan phrases: 伺服器, 預設), so the three never drift apart.
// Run after `npm run build`; a test checks the committed files are what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getConverter } = require('../out/server/src/service/convert/index.js');
const cv = getConverter('cn', 'twp');

export function traditional(file) {
  const strings = JSON.parse(readFileSync(file, 'utf8'));
  return JSON.stringify(Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, cv.convert(v)])), null, 2) + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeFileSync('package.nls.zh-tw.json', traditional('package.nls.zh-cn.json'));
  writeFileSync('l10n/bundle.l10n.zh-tw.json', traditional('l10n/bundle.l10n.zh-cn.json'));
}
