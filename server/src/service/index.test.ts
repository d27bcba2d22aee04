import * as assert from 'node:assert/strict';
import { createLanguageService, readSettings, type GongwenDocument } from './index';

function document(uri: string, text: string, version = 1): GongwenDocument {
  return { uri, version, getText: () => text };
}

describe('language service', () => {
  it('parses a document once per version', () => {
    const service = createLanguageService();
    const d = document('file:///a.txt', '一、甲\n\n三、乙\n');
    assert.equal(service.getModel(d), service.getModel(d));
    const next = document('file:///a.txt', '一、甲\n\n二、乙\n', 2);
    assert.notEqual(service.getModel(next), service.getModel(d));
    assert.deepEqual(service.getDiagnostics(next), []);
  });

  it('checks again under new settings', () => {
    const service = createLanguageService();
    const d = document('file:///a.txt', '一、甲\n\n三、乙\n');
    assert.equal(service.getDiagnostics(d).length, 1);
    service.configure(readSettings({ rules: { 'numbering/gap': 'off' } }));
    assert.equal(service.getDiagnostics(d).length, 0);
  });

  it('survives any text: empty, binary noise, a huge line, lone surrogates', () => {
    const service = createLanguageService();
    const inputs = ['', '\u0000\u0001\uFFFF', '一、'.repeat(50_000), '\uD800一、\uDC00', '\r\r\n\n\r', '（'.repeat(10_000)];
    inputs.forEach((text, i) => {
      const d = document(`file:///${i}.txt`, text);
      assert.doesNotThrow(() => {
        service.getDiagnostics(d);
        service.getDocumentSymbols(d);
        service.getFoldingRanges(d);
      });
    });
  });
});

describe('settings', () => {
  it('reads valid settings and ignores malformed ones', () => {
    const s = readSettings({ rules: { 'numbering/gap': 'hint', 'numbering/start': 'loud', x: 3, 'numbering/order': false }, numbering: { convention: { '1.': 'continuous', '（一）': 'sideways' } } }, 'en');
    assert.deepEqual(s.rules, { 'numbering/gap': 'hint', 'numbering/order': 'off' });
    assert.deepEqual(s.numbering.convention, { '1.': 'continuous' });
    assert.equal(s.locale, 'en');
    assert.deepEqual(readSettings('nonsense').rules, {});
    assert.equal(readSettings(undefined, 'zh-tw').locale, 'zh-tw');
    assert.equal(readSettings(undefined, 'zh-CN').locale, 'zh-cn');
    assert.equal(readSettings(undefined, 'fr').locale, 'en');
  });
});
