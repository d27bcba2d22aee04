import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { ambiguousCandidates, getConverter, isSimplifiedOnly, isTraditionalOnly } from './index';

describe('convert: character data', () => {
  it('isSimplifiedOnly', () => {
    for (const ch of '设发这说们')
      assert.equal(isSimplifiedOnly(ch), true, ch);
    for (const ch of '着台面干后里制于a，設發')
      assert.equal(isSimplifiedOnly(ch), false, ch);
  });

  it('isTraditionalOnly', () => {
    for (const ch of '設發這說們後')
      assert.equal(isTraditionalOnly(ch), true, ch);
    for (const ch of '乾著台于面a，设发')
      assert.equal(isTraditionalOnly(ch), false, ch);
  });

  it('a simplified-only character is one that s2t changes (the converter agrees)', () => {
    const s2t = getConverter('cn', 't');
    const t2s = getConverter('t', 'cn');
    // Among these, exactly the characters that s2t changes and that are not their own candidates.
    const simplifiedOnly = Array.from('设发着台面干后里制于系只历余范采准松说这们').filter((ch) => isSimplifiedOnly(ch));
    assert.equal(simplifiedOnly.join(''), '设发历说这们');
    for (const ch of simplifiedOnly) {
      assert.notEqual(s2t.convert(ch), ch, ch);
      assert.ok(!ambiguousCandidates(ch, 't').includes(ch), ch);
    }
    const traditionalOnly = Array.from('設發著臺麪乾後裏製於係隻歷餘範採準鬆說這們').filter((ch) => isTraditionalOnly(ch));
    assert.equal(traditionalOnly.join(''), '設發臺麪後裏製係隻歷餘範採準鬆說這們');
    for (const ch of traditionalOnly) assert.notEqual(t2s.convert(ch), ch, ch);
    // The characters left out do convert (or not) while being their own candidates.
    assert.equal(s2t.convert('干'), '幹');
    assert.ok(ambiguousCandidates('干', 't').includes('干'));
  });

  it('ambiguousCandidates to Traditional: OpenCC lists, with the examples', () => {
    // The examples: every listed candidate is in OpenCC's list for the character.
    const examples: Record<string, string> = {
      发: '發髮',
      干: '乾幹干',
      后: '后後',
      里: '裡里裏',
      只: '隻只',
      系: '係繫系',
      台: '臺檯颱台',
      历: '歷曆',
      余: '余餘',
      制: '制製',
      范: '范範',
      采: '采採',
      于: '於于',
      着: '着著',
      准: '准準',
      松: '松鬆',
    };
    for (const [ch, expected] of Object.entries(examples)) {
      const list = ambiguousCandidates(ch, 's2t');
      for (const c of expected) assert.ok(list.includes(c), `${ch}: ${c} not in ${list.join(' ')}`);
    }
    // Exact lists: STCharacters order (the first is what conversion picks), then regional variants.
    assert.deepEqual(ambiguousCandidates('发'), ['發', '髮']);
    assert.deepEqual(ambiguousCandidates('干', 't'), ['幹', '乾', '干', '榦']);
    assert.deepEqual(ambiguousCandidates('里', 't'), ['裏', '里', '哩']);
    assert.deepEqual(ambiguousCandidates('里', 'tw'), ['裡', '里', '哩']);
    assert.deepEqual(ambiguousCandidates('里', 'twp'), ['裡', '里', '哩']);
    assert.deepEqual(ambiguousCandidates('里'), ['裏', '里', '哩', '裡']);
    assert.deepEqual(ambiguousCandidates('着'), ['着', '著']);
    assert.deepEqual(ambiguousCandidates('着', 't'), []); // OpenCC's s2t leaves 着 alone
    assert.deepEqual(ambiguousCandidates('台', 'hk'), ['台', '枱', '颱']);
    // Not ambiguous.
    assert.deepEqual(ambiguousCandidates('设'), []);
    assert.deepEqual(ambiguousCandidates('a'), []);
    assert.deepEqual(ambiguousCandidates('發'), []);
  });

  it('the first candidate is what opencc-js converts the character alone to', () => {
    const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
    const s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const ch of '发干后里只系台历余制范采于准松') {
      assert.equal(ambiguousCandidates(ch, 't')[0], s2t(ch), ch);
      assert.equal(ambiguousCandidates(ch, 'tw')[0], s2tw(ch), ch);
    }
  });

  it('ambiguousCandidates to Simplified', () => {
    assert.deepEqual(ambiguousCandidates('乾', 't2s'), ['干', '乾']);
    assert.deepEqual(ambiguousCandidates('乾', 'cn'), ['干', '乾']);
    assert.deepEqual(ambiguousCandidates('著', 't2s'), ['著', '着']);
    assert.deepEqual(ambiguousCandidates('於', 't2s'), ['于', '於']);
    assert.deepEqual(ambiguousCandidates('後', 't2s'), []);
    assert.deepEqual(ambiguousCandidates('设', 't2s'), []);
  });
});
