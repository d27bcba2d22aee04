import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as OpenCC from 'opencc-js';
import { CONVERT_LOCALES, getConverter, type ConvertLocale } from './index';

/** out/server/src/service/convert → the repository root. */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

interface Doc {
  name: string;
  text: string;
}

function corpusDocs(): Doc[] {
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus ${CORPUS} is missing: the tests expect ../shared beside the repository`);
  const out: Doc[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.txt')) out.push({ name: path.relative(CORPUS, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(CORPUS);
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

const PAIRS: [ConvertLocale, ConvertLocale][] = [];
for (const from of CONVERT_LOCALES) for (const to of CONVERT_LOCALES) if (from !== to) PAIRS.push([from, to]);

const oracles = new Map<string, (s: string) => string>();
function oracle(from: ConvertLocale, to: ConvertLocale): (s: string) => string {
  const key = `${from}>${to}`;
  let c = oracles.get(key);
  if (!c) {
    c = OpenCC.Converter({ from, to } as Parameters<typeof OpenCC.Converter>[0]) as (s: string) => string;
    oracles.set(key, c);
  }
  return c;
}

// The line-break rule, written independently of the engine: a line break (\r\n, \n or \r) and the
// spaces, tabs and U+3000 after it, between two CJK ideographs.
const CJK = '[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u3007]|[\\uD840-\\uD8BF][\\uDC00-\\uDFFF]';
const TRANSPARENT = new RegExp(`(?<=${CJK})(?:\\r\\n|\\n|\\r)[ \\t\\u3000]*(?=${CJK})`, 'g');
const stripTransparent = (s: string): string => s.replace(TRANSPARENT, '');
const lineBreaks = (s: string): string[] => s.match(/\r\n|\n|\r/g) ?? [];

/** The first difference, for readable failures. */
function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 10), i + 10))} vs ${JSON.stringify(b.slice(Math.max(0, i - 10), i + 10))}`;
}

function assertSame(actual: string, expected: string, what: string): void {
  if (actual !== expected) assert.fail(`${what}: differs from opencc-js ${firstDiff(actual, expected)}`);
}

interface Match {
  s0: number;
  s1: number;
  d0: number;
  d1: number;
}

/** Checks onMatch stretches against text and result: in order, disjoint, changed, and equal text between them. */
function checkMatches(text: string, out: string, matches: readonly Match[], what: string): void {
  let ps = 0;
  let pd = 0;
  for (const m of matches) {
    assert.ok(m.s0 >= ps && m.s1 > m.s0 && m.d0 >= pd && m.d1 > m.d0, `${what}: bad or out-of-order match ${JSON.stringify(m)}`);
    assert.equal(out.slice(pd, m.d0), text.slice(ps, m.s0), `${what}: text between matches differs before ${JSON.stringify(m)}`);
    assert.notEqual(out.slice(m.d0, m.d1), text.slice(m.s0, m.s1), `${what}: a reported match changed nothing ${JSON.stringify(m)}`);
    ps = m.s1;
    pd = m.d1;
  }
  assert.equal(out.slice(pd), text.slice(ps), `${what}: text after the last match differs`);
}

describe('convert', function () {
  this.timeout(120_000);
  const docs = corpusDocs();

  it('finds the corpus', () => {
    assert.ok(docs.length >= 20, `only ${docs.length} corpus documents`);
    assert.ok(docs.some((d) => d.name === 'plan-suigang-simplified.txt'));
  });

  describe('identical to opencc-js on every corpus document', () => {
    for (const [from, to] of PAIRS) {
      it(`${from}→${to}`, () => {
        const conv = getConverter(from, to);
        const ref = oracle(from, to);
        let checked = 0;
        for (const doc of docs) {
          // As it is, with the line-break rule: the result without the transparent breaks is
          // opencc-js's result on the text without them, and every line break is still there.
          const ours = conv.convert(doc.text);
          assertSame(stripTransparent(ours), ref(stripTransparent(doc.text)), `${doc.name} (breaks taken out)`);
          assert.deepEqual(lineBreaks(ours), lineBreaks(doc.text), `${doc.name}: line breaks`);
          // With a space before every line break the rule never applies: identical, all of it.
          const spaced = doc.text.replace(/(\r\n|\n|\r)/g, ' $1');
          assertSame(conv.convert(spaced), ref(spaced), `${doc.name} (no transparent break)`);
          checked++;
        }
        assert.equal(checked, docs.length);
      });
    }
  });

  describe('identical to opencc-js on text made of every dictionary key', () => {
    // Every key of every dictionary opencc-js has, in a shuffled order (fixed seed), run together:
    // phrases meet at every kind of boundary, including across segments and chain stages.
    const keys = new Set<string>();
    const addDict = (d: unknown): void => {
      if (typeof d === 'string') for (const line of d.split('|')) keys.add(line.split(' ')[0]);
      else if (Array.isArray(d)) d.forEach(addDict);
      else if (d && typeof d === 'object') Object.values(d).forEach(addDict);
    };
    addDict(OpenCC.Locale);
    const list = [...keys].sort();
    let seed = 12345;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    const text = list.join('') + '。' + list.slice(0, 20000).join('，');
    it('has the keys', () => assert.ok(list.length > 60000, `${list.length} keys`));
    for (const [from, to] of PAIRS) {
      it(`${from}→${to}`, () => {
        assertSame(getConverter(from, to).convert(text), oracle(from, to)(text), 'all keys');
      });
    }
  });

  it('the corpus has transparent breaks inside phrases, so the rule is exercised', () => {
    const doc = docs.find((d) => d.name === 'plan-suigang-simplified.txt')!;
    const ours = getConverter('cn', 'hk').convert(doc.text);
    const naive = oracle('cn', 'hk')(doc.text);
    assert.notEqual(ours, naive, 'the rule changed nothing on a hard-wrapped document');
  });

  describe('the line-break rule', () => {
    const cases: [ConvertLocale, ConvertLocale, string, string][] = [
      ['cn', 't', '制\n造', '製\n造'],
      ['cn', 'hk', '制\n造', '製\n造'],
      ['cn', 'tw', '制\r\n造', '製\r\n造'],
      ['cn', 'twp', '制\r造', '製\r造'],
      ['cn', 'hk', '制\n  \t造业', '製\n  \t造業'],
      ['cn', 'hk', '制\r\n\u3000\u3000造', '製\r\n\u3000\u3000造'],
      ['cn', 'hk', '制\n\n造', '制\n\n造'], // a blank line is not transparent
      ['cn', 'hk', '制\r\n\r\n造', '制\r\n\r\n造'],
      ['cn', 'hk', '制 \n造', '制 \n造'], // a space before the break: not between two ideographs
      ['cn', 'hk', '制\n、造', '制\n、造'],
      ['cn', 'hk', '\uFEFF制造\r\n业发\r\n展', '\uFEFF製造\r\n業發\r\n展'],
      ['hk', 'cn', '製\n造業', '制\n造业'],
      ['cn', 'twp', '打印\n机', '印表\n機'], // same length: the break stays after two characters
      ['cn', 'twp', '博\n客', '部\n落格'], // 博客 → 部落格: after one character
      ['cn', 'twp', '鼠\n标', '滑\n鼠'],
    ];
    for (const [from, to, input, expected] of cases) {
      it(`${from}→${to} ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
        assert.equal(getConverter(from, to).convert(input), expected);
      });
    }
    it('the same phrase without a break converts the same way', () => {
      assert.equal(getConverter('cn', 'hk').convert('制造'), '製造');
      assert.equal(oracle('cn', 'hk')('制\n造'), '制\n造', 'opencc-js itself does not match across the break');
    });
  });

  it('round trip cn→hk→cn keeps every non-CJK character and every line break in place', () => {
    const toHk = getConverter('cn', 'hk');
    const toCn = getConverter('hk', 'cn');
    const han = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;
    for (const doc of docs) {
      const hk = toHk.convert(doc.text);
      const back = toCn.convert(hk);
      for (const [label, s] of [
        ['hk', hk],
        ['back', back],
      ] as const) {
        assert.equal(s.length, doc.text.length, `${doc.name} ${label}: length`);
        const a = Array.from(doc.text);
        const b = Array.from(s);
        assert.equal(b.length, a.length, `${doc.name} ${label}: code points`);
        for (let i = 0; i < a.length; i++) {
          if (!han.test(a[i])) assert.equal(b[i], a[i], `${doc.name} ${label}: character ${i} ${JSON.stringify(a[i])}`);
        }
      }
    }
  });

  it('astral characters pass through', () => {
    for (const [from, to] of PAIRS) {
      const c = getConverter(from, to);
      assert.equal(c.convert('𠀀'), '𠀀', `${from}→${to}`);
      assert.equal(c.convert('\uD800x\uDC00'), '\uD800x\uDC00', `${from}→${to}: lone surrogates`);
    }
    assert.equal(getConverter('cn', 'hk').convert('𠀀制造𠀀发展𠀀'), '𠀀製造𠀀發展𠀀');
    assert.equal(getConverter('cn', 'hk').convert('𠀀\n制造'), '𠀀\n製造');
    assert.equal(getConverter('cn', 't').convert('制\n𠀀'), '制\n𠀀');
  });

  it('normalises CJK compatibility ideographs and keeps IDS whole, as opencc-js does', () => {
    const samples = ['\uF900\uF901发展', '\u{2F800}\u{2F801}制造', '⿰氵去发展', '⿱艹⿰氵去发', '⿰\uF900发', '说\uFA0C话', '\u{2F800}\n制造'];
    for (const [from, to] of PAIRS) {
      const c = getConverter(from, to);
      const ref = oracle(from, to);
      for (const s of samples) {
        const input = s.replace('\n', ' \n');
        assert.equal(c.convert(input), ref(input), `${from}→${to} ${JSON.stringify(input)}`);
        const matches: Match[] = [];
        const out = c.convert(s, (s0, s1, d0, d1) => matches.push({ s0, s1, d0, d1 }));
        checkMatches(s, out, matches, `${from}→${to} ${JSON.stringify(s)}`);
      }
    }
    // U+2F800 (two code units) normalises to 丽 (one), which s2hk makes 麗; the break stays after it.
    assert.equal(getConverter('cn', 'hk').convert('\u{2F800}\n制造'), '麗\n製造');
    assert.equal(getConverter('cn', 't').convert('\uF900'), '豈');
  });

  describe('onMatch', () => {
    it('reports each changed match with its offsets', () => {
      const matches: Match[] = [];
      const out = getConverter('cn', 'hk').convert('a制造业b发展', (s0, s1, d0, d1) => matches.push({ s0, s1, d0, d1 }));
      assert.equal(out, 'a製造業b發展');
      assert.deepEqual(matches, [
        { s0: 1, s1: 4, d0: 1, d1: 4 },
        { s0: 5, s1: 7, d0: 5, d1: 7 },
      ]);
    });
    it('unchanged matches are not reported', () => {
      const matches: Match[] = [];
      getConverter('cn', 't').convert('制度ABC', (s0, s1, d0, d1) => matches.push({ s0, s1, d0, d1 }));
      assert.deepEqual(matches, []);
    });
    it('offsets across a line break and a length change', () => {
      const matches: Match[] = [];
      const text = '上\r\n  博\n客网U盘';
      const out = getConverter('cn', 'twp').convert(text, (s0, s1, d0, d1) => matches.push({ s0, s1, d0, d1 }));
      assert.equal(out, '上\r\n  部\n落格網隨身碟');
      assert.deepEqual(matches, [
        { s0: 5, s1: 8, d0: 5, d1: 9 }, // 博\n客 → 部\n落格
        { s0: 8, s1: 9, d0: 9, d1: 10 }, // 网 → 網
        { s0: 9, s1: 11, d0: 10, d1: 13 }, // U盘 → 隨身碟
      ]);
      checkMatches(text, out, matches, 'sample');
    });
    it('is consistent with the result on every corpus document', () => {
      for (const [from, to] of PAIRS) {
        const c = getConverter(from, to);
        for (const doc of docs) {
          const matches: Match[] = [];
          const out = c.convert(doc.text, (s0, s1, d0, d1) => matches.push({ s0, s1, d0, d1 }));
          assert.equal(out, c.convert(doc.text), `${from}→${to} ${doc.name}: onMatch changes the result`);
          checkMatches(doc.text, out, matches, `${from}→${to} ${doc.name}`);
          if (out !== doc.text) assert.ok(matches.length > 0, `${from}→${to} ${doc.name}: changed but nothing reported`);
        }
      }
    });
  });

  it('from === to is the identity; unknown locales are rejected; converters are cached', () => {
    for (const l of CONVERT_LOCALES) assert.equal(getConverter(l, l).convert('发展著乾'), '发展著乾');
    assert.throws(() => getConverter('cn', 'jp' as ConvertLocale), /unknown locale/);
    assert.equal(getConverter('cn', 'hk'), getConverter('cn', 'hk'));
    assert.equal(getConverter('cn', 'hk').chain, 'config s2hk');
    assert.equal(getConverter('hk', 'tw').chain, 'default chain from.hk + to.tw');
  });

  it('empty and non-Chinese text', () => {
    for (const [from, to] of PAIRS) {
      const c = getConverter(from, to);
      assert.equal(c.convert(''), '');
      assert.equal(c.convert('abc\r\n\tdef\n'), 'abc\r\n\tdef\n');
    }
  });
});
