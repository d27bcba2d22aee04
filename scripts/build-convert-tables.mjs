// Builds the Simplified↔Traditional conversion tables (server/src/service/convert) from the
// opencc-js dictionaries, at build time, into one binary file that the tsc output and the esbuild
// bundle both load lazily:
//
//   out/server/src/service/convert/convert-data.bin   (beside out/…/convert/data.js)
//   dist/convert-data.bin                             (beside dist/server.js)
//
//   node scripts/build-convert-tables.mjs [--force] [--verbose]
//
// What it does, per from→to locale pair (cn, t, hk, tw, twp):
//  1. Takes exactly the dictionary chain opencc-js's Converter({from, to}) uses (its preset configs
//     with normalisation, segmentation and conversion chain, or its default from+to chain).
//  2. With segmentation, every segmentation key becomes one entry of a "main" longest-match table
//     whose value is the whole conversion chain applied to that key as one segment (computed here
//     with opencc-js's own Trie, so it is the value opencc-js produces). The unmatched stretches
//     between segments ("runs") go through the rest of the chain; a first run stage that is a
//     one-character-to-one-character map is composed into the next stage (the pre-images of every
//     next-stage key), so cn→hk/tw/twp runs are one table too.
//  3. Without segmentation, a one-stage chain is one main table; a chain of several stages over the
//     whole text stays a chain (no composition can be proved identical there).
//  4. Every table is a double-array trie over UTF-16 code units with a dense label alphabet.
// It also derives the character data (simplified-only / traditional-only characters and OpenCC's
// one-to-many candidate lists) from opencc-js's STCharacters/TSCharacters/HKVariants/TWVariants and,
// for the candidate lists opencc-js does not keep (it keeps the first candidate only), from
// server/src/service/convert/opencc-candidates.txt (extracted from OpenCC's own data/dictionary by
// scripts/extract-opencc-candidates.mjs); the two are cross-checked here.
//
// The build fails loudly if an assumption about the dictionaries' shape stops holding.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE_NAME = 'convert-data.bin';
const OUTPUTS = [path.join(ROOT, 'out', 'server', 'src', 'service', 'convert', FILE_NAME), path.join(ROOT, 'dist', FILE_NAME)];
const MAGIC = 'GWCNV001';
const FORMAT = 3;
const LOCALES = ['cn', 't', 'hk', 'tw', 'twp'];

const force = process.argv.includes('--force');
const verbose = process.argv.includes('--verbose');
const t0 = performance.now();

// ---------------------------------------------------------------------------------------------
// Inputs and the fingerprint that makes the step incremental.

/** A package's directory, from its resolved entry point (opencc-js does not export package.json). */
function packageDir(name) {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`build-convert-tables: cannot find the ${name} package`);
    dir = up;
  }
  return dir;
}
const openccJsDir = packageDir('opencc-js');
const openccJsPkg = JSON.parse(fs.readFileSync(path.join(openccJsDir, 'package.json'), 'utf8'));
const dictDir = path.join(openccJsDir, 'dist', 'esm-lib', 'dict');
// OpenCC's one-to-many candidate lists (opencc-js keeps the first candidate only), extracted from
// OpenCC's data/dictionary by scripts/extract-opencc-candidates.mjs; checked against opencc-js below.
const CANDIDATES_FILE = path.join(ROOT, 'server', 'src', 'service', 'convert', 'opencc-candidates.txt');
const candidatesText = fs.readFileSync(CANDIDATES_FILE, 'utf8');
const candidatesSource = candidatesText.match(/^# (OpenCC \S+)/)?.[1] ?? 'OpenCC';

const fingerprint = createHash('sha256')
  .update(fs.readFileSync(fileURLToPath(import.meta.url)))
  .update(`opencc-js@${openccJsPkg.version} format ${FORMAT}`)
  .update(candidatesText)
  .update(fs.readFileSync(path.join(openccJsDir, 'dist', 'umd', 'full.js')))
  .digest('hex')
  .slice(0, 16);

function existingFingerprint(file) {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(12);
      fs.readSync(fd, head, 0, 12, 0);
      if (head.toString('latin1', 0, 8) !== MAGIC) return null;
      const len = head.readUInt32LE(8);
      const json = Buffer.alloc(len);
      fs.readSync(fd, json, 0, len, 12);
      return JSON.parse(json.toString('utf8')).fingerprint ?? null;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

if (!force && OUTPUTS.every((f) => existingFingerprint(f) === fingerprint)) {
  if (verbose) console.log(`convert tables: up to date (${fingerprint})`);
  process.exit(0);
}

function fail(message) {
  throw new Error(`build-convert-tables: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// opencc-js: its converter, its preset (configs/from/to) and its dictionaries by name.

const OpenCC = require('opencc-js');
const preset = OpenCC.Locale;
if (!preset || !preset.configs || !preset.from || !preset.to) fail('opencc-js Locale preset has an unexpected shape');

const dictByContent = new Map();
const dictText = new Map();
for (const file of fs.readdirSync(dictDir).filter((f) => f.endsWith('.js')).sort()) {
  const name = file.slice(0, -3);
  const text = (await import(pathToFileURL(path.join(dictDir, file)).href)).default;
  if (typeof text !== 'string') fail(`dictionary ${name} is not a string`);
  if (dictByContent.has(text)) fail(`dictionaries ${dictByContent.get(text)} and ${name} have identical content`);
  dictByContent.set(text, name);
  dictText.set(name, text);
}
const nameOf = (d) => {
  if (typeof d !== 'string') fail('a dictionary in the preset is not a serialized string');
  const n = dictByContent.get(d);
  if (!n) fail('a dictionary in the preset is not one of dist/esm-lib/dict/*.js');
  return n;
};

/** Entries of one dictionary in file order, as opencc-js's Trie.loadDict reads them. */
const parsedDicts = new Map();
function entries(name) {
  let e = parsedDicts.get(name);
  if (!e) {
    e = dictText.get(name).split('|').map((line) => {
      const [k, v] = line.split(' ');
      if (typeof v !== 'string' || k.length === 0) fail(`bad entry in ${name}: ${line}`);
      return [k, v];
    });
    parsedDicts.set(name, e);
  }
  return e;
}

/** A dictionary group as one map: the first dictionary wins for a key, within a dictionary the last line. */
function groupMap(names) {
  const m = new Map();
  for (const n of [...names].reverse()) for (const [k, v] of entries(n)) m.set(k, v);
  return m;
}

// ---------------------------------------------------------------------------------------------
// The chain opencc-js uses for a from→to pair (mirrors ConverterBuilder in opencc-js core.js).

function configName(from, to) {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') {
    if (from === 'hkp') return 'hk2sp';
    return from === 'twp' ? 'tw2sp' : `${from}2s`;
  }
  return `${from}2${to}`;
}

const isGroup = (g) => Array.isArray(g) && g.every((d) => typeof d === 'string');

function chainFor(from, to) {
  const name = configName(from, to);
  const config = preset.configs[name];
  if (config) {
    let normalize = false;
    if (config.normalizationChain) {
      const nc = config.normalizationChain;
      if (!(nc.length === 1 && isGroup(nc[0]) && nc[0].length === 1 && nameOf(nc[0][0]) === 'CJK_Compatibility_Ideographs')) {
        fail(`${name}: unexpected normalization chain`);
      }
      normalize = true;
    }
    let segmentation = null;
    if (config.segmentation) {
      if (!isGroup(config.segmentation)) fail(`${name}: segmentation is not a list of dictionaries`);
      segmentation = config.segmentation.map(nameOf);
    }
    if (!Array.isArray(config.conversionChain) || !config.conversionChain.every(isGroup)) fail(`${name}: unexpected conversion chain`);
    return { source: `config ${name}`, normalize, segmentation, stages: config.conversionChain.map((g) => g.map(nameOf)) };
  }
  const stages = [];
  for (const [type, loc] of [['from', from], ['to', to]]) {
    if (loc === 't') continue;
    const dg = preset[type][loc];
    if (!dg) fail(`opencc-js has no ${type} locale ${loc}`);
    const groups = Array.isArray(dg) && Array.isArray(dg[0]) ? dg : [dg];
    for (const g of groups) {
      if (!isGroup(g)) fail(`${type}.${loc}: unexpected dictionary group`);
      stages.push(g.map(nameOf));
    }
  }
  return { source: `default chain from.${from} + to.${to}`, normalize: false, segmentation: null, stages };
}

// ---------------------------------------------------------------------------------------------
// Turning a chain into tables.

const cps = (s) => Array.from(s);
const isIdc = (cp) => cp >= 0x2ff0 && cp <= 0x2fff;

// Assumptions the runtime relies on: no key or value contains an ideographic description
// character, a line break, a BOM, a space, a tab or U+3000; normalisation is one code point to one
// code point; no value contains a character that normalisation would change.
const compat = groupMap(['CJK_Compatibility_Ideographs']);
for (const [k, v] of compat) if (cps(k).length !== 1 || cps(v).length !== 1) fail(`CJK_Compatibility_Ideographs entry ${k} ${v} is not one code point to one`);
for (const name of dictText.keys()) {
  for (const [k, v] of entries(name)) {
    for (const s of [k, v]) {
      for (const ch of cps(s)) {
        const cp = ch.codePointAt(0);
        if (isIdc(cp) || cp === 10 || cp === 13 || cp === 0xfeff || cp === 32 || cp === 9 || cp === 0x3000) fail(`${name}: entry ${k} ${v} has U+${cp.toString(16)}`);
        if (cp >= 0xd800 && cp <= 0xdfff) fail(`${name}: entry ${k} ${v} has a lone surrogate`);
      }
    }
    if (name !== 'CJK_Compatibility_Ideographs' && cps(v).some((ch) => compat.has(ch))) fail(`${name}: value ${v} has a compatibility ideograph`);
  }
}

const trieCache = new Map();
function openccTrie(group) {
  const key = group.join('+');
  let t = trieCache.get(key);
  if (!t) {
    t = new OpenCC.Trie();
    t.loadDictGroup(group.map((n) => dictText.get(n)));
    trieCache.set(key, t);
  }
  return t;
}

/** The conversion chain applied to one segment, exactly as opencc-js does it. */
const applyChain = (s, stages) => stages.reduce((acc, g) => openccTrie(g).convert(acc), s);

/**
 * A run stage that is a character map (every key one code point, every value one code point)
 * composed with the next stage: the next stage's keys are replaced by all their pre-images under the
 * map; characters the next stage does not match keep the map's value. Returns null when the
 * pre-images would be too many.
 */
function composeCharMap(map, next) {
  const pre = new Map(); // target char → source chars mapping to it
  const addPre = (target, src) => {
    let a = pre.get(target);
    if (!a) pre.set(target, (a = []));
    if (!a.includes(src)) a.push(src);
  };
  for (const [k, v] of map) addPre(v, k);
  const preimages = (ch) => {
    const a = [...(pre.get(ch) ?? [])];
    if (!map.has(ch) && !a.includes(ch)) a.unshift(ch);
    return a;
  };
  const out = new Map();
  let count = 0;
  for (const [key, value] of next) {
    let acc = [''];
    for (const ch of cps(key)) {
      const p = preimages(ch);
      if (p.length === 0) {
        acc = [];
        break;
      }
      const nextAcc = [];
      for (const a of acc) for (const c of p) nextAcc.push(a + c);
      acc = nextAcc;
      if (acc.length > 4096) return null;
    }
    for (const s of acc) {
      if (out.has(s)) fail(`composition: ${s} is a pre-image of two keys`);
      out.set(s, value);
    }
    count += acc.length;
    if (count > 500_000) return null;
  }
  for (const [k, v] of map) if (!out.has(k)) out.set(k, v);
  return out;
}

/** The tables of one pair: main (keys → final values) and run stages, as maps; plus flags. */
function planFor(from, to) {
  const chain = chainFor(from, to);
  const stageMaps = chain.stages.map(groupMap);
  let main = null;
  let runs = [];
  let runsComposed = false;
  if (chain.segmentation) {
    const segKeys = new Set();
    for (const n of chain.segmentation) for (const [k] of entries(n)) segKeys.add(k);
    main = new Map();
    for (const k of segKeys) main.set(k, applyChain(k, chain.stages));
    // Inside a run no segmentation key matches, so those keys can be dropped from the first stage.
    const first = new Map([...stageMaps[0]].filter(([k]) => !segKeys.has(k)));
    runs = [first, ...stageMaps.slice(1)];
  } else if (stageMaps.length === 1) {
    main = stageMaps[0];
  } else {
    runs = stageMaps;
  }
  while (runs.length >= 2 && [...runs[0]].every(([k, v]) => cps(k).length === 1 && cps(v).length === 1)) {
    const composed = composeCharMap(runs[0], runs[1]);
    if (!composed) break;
    runs = [composed, ...runs.slice(2)];
    runsComposed = true;
  }
  return { from, to, ...chain, main, runs, runsComposed };
}

// ---------------------------------------------------------------------------------------------
// Double-array tries.

/**
 * Builds a double-array trie over UTF-16 code units.
 * Slot 0 is the root, base[0] = 0, so a first code unit with label L is at slot L when check[L] = 0.
 * A child of slot s with label L is at base[s] + L when check[base[s] + L] = s; free slots have
 * check -1. term[slot] is the index of the key ending there (keys in sorted order), or -1.
 */
function buildDoubleArray(keys) {
  keys = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Map-based trie first.
  const root = { kids: new Map(), term: -1 };
  const freq = new Map();
  keys.forEach((key, index) => {
    let n = root;
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      let c = n.kids.get(u);
      if (!c) {
        c = { kids: new Map(), term: -1 };
        n.kids.set(u, c);
        freq.set(u, (freq.get(u) ?? 0) + 1);
      }
      n = c;
    }
    n.term = index;
  });
  // Dense labels, most frequent first.
  const units = [...freq.keys()].sort((a, b) => freq.get(b) - freq.get(a) || a - b);
  const label = new Map(units.map((u, i) => [u, i + 1]));
  const maxLabel = units.length;

  let cap = 1 << 16;
  let base = new Int32Array(cap);
  let check = new Int32Array(cap).fill(-1);
  let term = new Int32Array(cap).fill(-1);
  // nextFree[i]: a slot ≥ i that may be free (path-compressed "find next free").
  let nextFree = new Int32Array(cap + 1).map((_, i) => i);
  const grow = (need) => {
    if (need < cap) return;
    let n = cap;
    while (n <= need) n *= 2;
    const b = new Int32Array(n);
    b.set(base);
    const c = new Int32Array(n).fill(-1);
    c.set(check);
    const t = new Int32Array(n).fill(-1);
    t.set(term);
    const f = new Int32Array(n + 1).map((_, i) => i);
    f.set(nextFree.subarray(0, cap));
    base = b;
    check = c;
    term = t;
    nextFree = f;
    cap = n;
  };
  const findFree = (i) => {
    grow(i + 1);
    let r = i;
    while (check[r] !== -1 || r === 0) {
      r = nextFree[r] === r ? r + 1 : nextFree[r];
      grow(r + 1);
    }
    // Path compression.
    let j = i;
    while (j < r) {
      const nx = nextFree[j] === j ? j + 1 : nextFree[j];
      nextFree[j] = r;
      j = nx;
    }
    return r;
  };
  const occupy = (slot, parent) => {
    check[slot] = parent;
    nextFree[slot] = slot + 1;
  };

  check[0] = -2; // the root: never a child
  nextFree[0] = 1;
  term[0] = root.term;
  let maxSlot = 0;
  const queue = [[root, 0]];
  for (let qi = 0; qi < queue.length; qi++) {
    const [node, slot] = queue[qi];
    if (node.kids.size === 0) continue;
    const kids = [...node.kids].map(([u, c]) => [label.get(u), c]).sort((a, b) => a[0] - b[0]);
    let b;
    if (slot === 0) {
      b = 0;
    } else {
      const l0 = kids[0][0];
      let p = findFree(Math.max(1, l0));
      for (;;) {
        b = p - l0;
        let ok = true;
        for (let k = 1; k < kids.length; k++) {
          const s = b + kids[k][0];
          grow(s + 1);
          if (check[s] !== -1) {
            ok = false;
            break;
          }
        }
        if (ok) break;
        p = findFree(p + 1);
      }
    }
    base[slot] = b;
    for (const [l, c] of kids) {
      const s = b + l;
      grow(s + 1);
      if (check[s] !== -1) fail('double array: slot collision');
      occupy(s, slot);
      term[s] = c.term;
      if (s > maxSlot) maxSlot = s;
      queue.push([c, s]);
    }
  }
  // Every base[s] + label stays inside the arrays: pad by the largest label.
  let maxBase = 0;
  for (let s = 0; s <= maxSlot; s++) if (base[s] > maxBase) maxBase = base[s];
  const size = Math.max(maxSlot, maxBase + maxLabel) + 1;
  grow(size);
  const alpha = new Uint16Array(units.length * 2);
  units.forEach((u, i) => {
    alpha[2 * i] = u;
    alpha[2 * i + 1] = i + 1;
  });
  return {
    keys,
    alpha,
    base: base.slice(0, size),
    check: check.slice(0, size),
    term: term.slice(0, size),
    nodes: queue.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Build every pair.

const pairs = [];
for (const from of LOCALES) for (const to of LOCALES) if (from !== to) pairs.push(planFor(from, to));

// Tables by key set; a table whose keys are a superset of another's (with few extra keys) is
// shared, the extra keys having no value for that use.
const tries = [];
const usages = [];
for (const p of pairs) {
  if (p.main) usages.push({ pair: p, role: 'main', map: p.main });
  p.runs.forEach((m, i) => usages.push({ pair: p, role: `run${i}`, map: m }));
}
const usagesBySize = [...usages].sort((a, b) => b.map.size - a.map.size);
for (const u of usagesBySize) {
  let found = null;
  for (const t of tries) {
    if (t.keySet.size < u.map.size) continue;
    if (t.keySet.size - u.map.size > Math.max(64, 0.1 * t.keySet.size)) continue;
    let all = true;
    for (const k of u.map.keys()) {
      if (!t.keySet.has(k)) {
        all = false;
        break;
      }
    }
    if (all) {
      found = t;
      break;
    }
  }
  if (!found) {
    found = { id: tries.length, keySet: new Set(u.map.keys()) };
    tries.push(found);
  }
  u.trie = found;
}
for (const t of tries) {
  const da = buildDoubleArray(t.keySet);
  Object.assign(t, da);
}

// The value pool.
const poolIndex = new Map();
const poolStrings = [];
const intern = (s) => {
  let i = poolIndex.get(s);
  if (i === undefined) {
    i = poolStrings.length;
    poolStrings.push(s);
    poolIndex.set(s, i);
  }
  return i;
};
for (const u of usages) {
  const values = new Int32Array(u.trie.keys.length).fill(-1);
  let maxRatio = 1;
  u.trie.keys.forEach((k, i) => {
    const v = u.map.get(k);
    if (v !== undefined) {
      // -1: no value for this use; ≤ -2: a one-code-unit value, -(unit + 2); ≥ 0: a pool index.
      values[i] = v.length === 1 ? -(v.charCodeAt(0) + 2) : intern(v);
      maxRatio = Math.max(maxRatio, v.length / k.length);
    }
  });
  u.values = values;
  u.maxRatio = maxRatio;
}
let poolLen = 0;
for (const s of poolStrings) poolLen += s.length;
const poolChars = new Uint16Array(poolLen);
const poolStart = new Uint32Array(poolStrings.length + 1);
{
  let o = 0;
  poolStrings.forEach((s, i) => {
    poolStart[i] = o;
    for (let k = 0; k < s.length; k++) poolChars[o++] = s.charCodeAt(k);
  });
  poolStart[poolStrings.length] = o;
}

// ---------------------------------------------------------------------------------------------
// Character data.

/** The candidate lists of the extracted file: dictionary → (character → candidates). */
const multi = new Map();
{
  let section = null;
  for (const line of candidatesText.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const head = line.match(/^\[(\w+)\]$/);
    if (head) {
      section = new Map();
      multi.set(head[1], section);
      continue;
    }
    const [k, v] = line.split('\t');
    if (!section || !v) fail(`opencc-candidates.txt: bad line ${line}`);
    section.set(k, v.split(' '));
  }
}
/**
 * OpenCC's full lists for one dictionary: opencc-js's entry (one candidate), or the extracted list
 * when OpenCC has several — whose first must be opencc-js's value, or the character itself when
 * opencc-js has no entry (it leaves out entries that map a character to itself).
 */
function fullLists(name) {
  const js = groupMap([name]);
  const lists = multi.get(name);
  if (!lists) fail(`opencc-candidates.txt has no [${name}]`);
  const out = new Map();
  for (const [k, v] of js) {
    const l = lists.get(k);
    if (l && l[0] !== v) fail(`${name}: opencc-js has ${k}→${v}, OpenCC's list is ${l.join(' ')}`);
    out.set(k, l ?? [v]);
  }
  for (const [k, l] of lists) {
    if (js.has(k)) continue;
    if (l[0] !== k) fail(`${name}: OpenCC has ${k}→${l.join(' ')}, opencc-js has nothing`);
    out.set(k, l);
  }
  return { js, txt: out };
}
const { js: stJs, txt: stTxt } = fullLists('STCharacters');
const { js: tsJs, txt: tsTxt } = fullLists('TSCharacters');
const { js: hkVarJs, txt: hkVarTxt } = fullLists('HKVariants');
const { js: twVarJs, txt: twVarTxt } = fullLists('TWVariants');
const hkRevJs = groupMap(['HKVariantsRev']);
const twRevJs = groupMap(['TWVariantsRev']);

const simplifiedOnly = [...stJs].filter(([k, v]) => v !== k && !stTxt.get(k).includes(k)).map(([k]) => k);
const traditionalOnly = [...tsJs].filter(([k, v]) => v !== k && !tsTxt.get(k).includes(k)).map(([k]) => k);
const simplifiedOnlySet = new Set(simplifiedOnly);
const traditionalOnlySet = new Set(traditionalOnly);

const dedupe = (a) => [...new Set(a)];
const candidates = { s2t: {}, t2s: {}, t: {}, hk: {}, tw: {} };
const put = (dir, ch, list) => {
  const l = dedupe(list);
  if (l.length >= 2) candidates[dir][ch] = l.join(' ');
};
// To Traditional: OpenCC's STCharacters list, then the Hong Kong and Taiwan variants of each.
for (const ch of dedupe([...stTxt.keys(), ...hkVarTxt.keys(), ...twVarTxt.keys()])) {
  if (traditionalOnlySet.has(ch)) continue;
  const base = stTxt.get(ch) ?? [ch];
  put('s2t', ch, [...base, ...base.flatMap((c) => [...(hkVarTxt.get(c) ?? []), ...(twVarTxt.get(c) ?? [])])]);
  put('t', ch, base);
  put('hk', ch, base.map((c) => hkVarJs.get(c) ?? c));
  put('tw', ch, base.map((c) => twVarJs.get(c) ?? c));
}
// To Simplified: OpenCC's TSCharacters list, then the lists of the standard forms of a regional variant.
for (const ch of dedupe([...tsTxt.keys(), ...hkRevJs.keys(), ...twRevJs.keys()])) {
  if (simplifiedOnlySet.has(ch)) continue;
  const base = tsTxt.get(ch) ?? [ch];
  const revs = [hkRevJs.get(ch), twRevJs.get(ch)].filter((r) => r !== undefined && r !== ch);
  put('t2s', ch, [...base, ...revs.flatMap((r) => tsTxt.get(r) ?? [r])]);
}
const charData = {
  simplifiedOnly: simplifiedOnly.join(''),
  traditionalOnly: traditionalOnly.join(''),
  candidates,
};

// ---------------------------------------------------------------------------------------------
// Serialisation: magic, u32 header length, JSON header, 8-byte-aligned sections.

const sections = [];
const addSection = (name, arr) => {
  sections.push({ name, arr });
  return name;
};
const header = {
  format: FORMAT,
  fingerprint,
  generator: `scripts/build-convert-tables.mjs from opencc-js@${openccJsPkg.version} (candidate lists: ${candidatesSource})`,
  tries: [],
  pool: { chars: addSection('pool.chars', poolChars), start: addSection('pool.start', poolStart), count: poolStrings.length },
  pairs: {},
  chars: null,
  sections: [],
};
for (const t of tries) {
  header.tries.push({
    id: t.id,
    keys: t.keys.length,
    nodes: t.nodes,
    size: t.base.length,
    alpha: addSection(`trie${t.id}.alpha`, t.alpha),
    base: addSection(`trie${t.id}.base`, t.base),
    check: addSection(`trie${t.id}.check`, t.check),
    term: addSection(`trie${t.id}.term`, t.term),
  });
}
const storedValues = new Map(); // trie id → [{ values, section }]
for (const p of pairs) {
  const us = usages.filter((u) => u.pair === p);
  const ref = (u) => {
    const name = `${p.from}>${p.to}.${u.role}`;
    // Values of another use of the same trie that differ in few places are stored as those
    // differences (index, value pairs) over that use's section.
    let best = null;
    for (const other of storedValues.get(u.trie.id) ?? []) {
      let diff = 0;
      for (let i = 0; i < u.values.length; i++) if (u.values[i] !== other.values[i]) diff++;
      if (diff < u.values.length / 4 && (!best || diff < best.diff)) best = { diff, other };
    }
    const out = { trie: u.trie.id, maxRatio: u.maxRatio, keys: u.map.size };
    if (best) {
      const ov = new Int32Array(best.diff * 2);
      let k = 0;
      for (let i = 0; i < u.values.length; i++) {
        if (u.values[i] !== best.other.values[i]) {
          ov[k++] = i;
          ov[k++] = u.values[i];
        }
      }
      out.values = best.other.section;
      out.overrides = addSection(`${name}.overrides`, ov);
    } else {
      out.values = addSection(name, u.values);
      const list = storedValues.get(u.trie.id) ?? [];
      list.push({ values: u.values, section: out.values });
      storedValues.set(u.trie.id, list);
    }
    return out;
  };
  const main = us.find((u) => u.role === 'main');
  header.pairs[`${p.from}>${p.to}`] = {
    source: p.source,
    normalize: p.normalize,
    segmentation: p.segmentation,
    stages: p.stages,
    runsComposed: p.runsComposed,
    main: main ? ref(main) : null,
    runs: us.filter((u) => u.role.startsWith('run')).map(ref),
  };
}
const charsJson = Buffer.from(JSON.stringify(charData), 'utf8');
header.chars = addSection('chars.json', new Uint8Array(charsJson.buffer, charsJson.byteOffset, charsJson.length));
// The compatibility map for the normalisation step.
{
  const flat = [];
  for (const [k, v] of compat) flat.push(k.codePointAt(0), v.codePointAt(0));
  header.compat = addSection('compat', Uint32Array.from(flat));
}

const align = (n) => (n + 7) & ~7;
const typeOf = (arr) =>
  arr instanceof Int32Array ? 'i32' : arr instanceof Uint32Array ? 'u32' : arr instanceof Uint16Array ? 'u16' : arr instanceof Uint8Array ? 'u8' : fail('section type');
// Section offsets are relative to the start of the data, which is the header's end rounded up to 8.
let dataLen = 0;
header.sections = sections.map((s) => {
  const entry = { name: s.name, type: typeOf(s.arr), offset: dataLen, length: s.arr.length };
  dataLen = align(dataLen + s.arr.byteLength);
  return entry;
});
const headerJson = Buffer.from(JSON.stringify(header), 'utf8');
const dataStart = align(12 + headerJson.length);
const file = Buffer.alloc(dataStart + dataLen);
file.write(MAGIC, 0, 'latin1');
file.writeUInt32LE(headerJson.length, 8);
headerJson.copy(file, 12);
sections.forEach((s, i) => {
  Buffer.from(s.arr.buffer, s.arr.byteOffset, s.arr.byteLength).copy(file, dataStart + header.sections[i].offset);
});

for (const out of OUTPUTS) {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, file);
  fs.renameSync(tmp, out);
}
if (existingFingerprint(OUTPUTS[0]) !== fingerprint) fail('the written file does not read back');

const ms = (performance.now() - t0).toFixed(0);
console.log(`convert tables: ${(file.length / 1024).toFixed(0)} KB, ${tries.length} tables, ${pairs.length} pairs, ${ms} ms → ${OUTPUTS.map((o) => path.relative(ROOT, o)).join(', ')}`);
if (verbose) {
  for (const t of header.tries) console.log(`  trie ${t.id}: ${t.keys} keys, ${t.nodes} nodes, ${t.size} slots`);
  for (const [k, p] of Object.entries(header.pairs)) {
    console.log(
      `  ${k}: ${p.source}; normalize ${p.normalize}; main ${p.main ? `trie ${p.main.trie} (${p.main.keys} keys)` : '-'}; runs ${p.runs.map((r) => `trie ${r.trie} (${r.keys})`).join(' → ') || '-'}${p.runsComposed ? ' (composed)' : ''}`,
    );
  }
  console.log(`  pool: ${poolStrings.length} values, ${poolLen} code units; simplified-only ${simplifiedOnly.length}, traditional-only ${traditionalOnly.length}`);
}
