/**
 * The TextMate grammar gives each marker level its own scope (so themes colour 一、 （一） 1. （1）
 * differently) and scopes 发文字号, 成文日期, 《》 titles, references and （下称…） definitions; the
 * injection grammar brings them into plain text and Markdown. Tokenized with VS Code's own engine.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { REPO_ROOT } from './corpus/corpus';

async function registry(): Promise<textmate.Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  return new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      // VS Code's own plain-text grammar: a grammar with no rules of its own.
      if (scope === 'text.plain') return textmate.parseRawGrammar(JSON.stringify({ scopeName: 'text.plain', patterns: [] }), 'plain.json');
      const file = scope === 'text.gongwen' ? 'gongwen.tmLanguage.json' : scope === 'gongwen.injection' ? 'gongwen.injection.tmLanguage.json' : undefined;
      if (!file) return null;
      return textmate.parseRawGrammar(fs.readFileSync(path.join(REPO_ROOT, 'syntaxes', file), 'utf8'), file);
    },
    getInjections: (scope) => (scope === 'text.plain' ? ['gongwen.injection'] : undefined),
  });
}

/** The scopes of each token of a line, as "text: scope1 scope2". */
function tokens(grammar: textmate.IGrammar, line: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of grammar.tokenizeLine(line, textmate.INITIAL).tokens) out.set(line.slice(t.startIndex, t.endIndex), t.scopes);
  return out;
}

describe('TextMate grammar', () => {
  let gongwen: textmate.IGrammar;

  before(async () => {
    const reg = await registry();
    gongwen = (await reg.loadGrammar('text.gongwen'))!;
  });

  it('gives each marker level its own scope', () => {
    const scopes = ['一、总体要求', '（一）指导思想', '1.协同推进', '（1）单位缴费', '①在职职工', '第十二条 为了', '第一章 总则'].map((line) => {
      const [first] = [...tokens(gongwen, line).entries()].find(([, s]) => s.some((x) => x.includes('marker')))!;
      return [first, tokens(gongwen, line).get(first)!.find((x) => x.includes('marker'))];
    });
    assert.deepEqual(scopes, [
      ['一、', 'keyword.other.marker.level1.gongwen'],
      ['（一）', 'entity.name.function.marker.level2.gongwen'],
      ['1.', 'constant.numeric.marker.level3.gongwen'],
      ['（1）', 'entity.name.type.marker.level4.gongwen'],
      ['①', 'variable.other.marker.level5.gongwen'],
      ['第十二条', 'keyword.control.marker.article.gongwen'],
      ['第一章', 'keyword.control.marker.chapter.gongwen'],
    ]);
  });

  it('scopes document numbers, dates, titles, references and definitions', () => {
    const t = tokens(gongwen, '依照本办法第十二条和《规划纲要》，设立合作区（下称合作区），粤大湾区〔2021〕2号，2021年2月2日。');
    assert.ok(t.get('本办法第十二条')?.includes('markup.underline.reference.gongwen'));
    assert.ok(t.get('《规划纲要》')?.includes('string.quoted.other.title.gongwen'));
    assert.ok(t.get('（下称合作区）')?.includes('entity.name.tag.definition.gongwen'));
    assert.ok(t.get('粤大湾区〔2021〕2号')?.includes('constant.other.docno.gongwen'));
    assert.ok(t.get('2021年2月2日')?.includes('constant.numeric.date.gongwen'));
  });

  it('does not scope ordinary text as a marker', () => {
    const t = tokens(gongwen, '第十二人民医院和25号线');
    assert.ok(![...t.values()].flat().some((s) => s.includes('marker')));
  });

  it('is injected into plain text (and declared for Markdown)', async () => {
    const plain = (await (await registry()).loadGrammar('text.plain'))!;
    const t = tokens(plain, '（一）指导思想，依照本办法第十二条。');
    assert.ok(t.get('（一）')?.includes('entity.name.function.marker.level2.gongwen'), JSON.stringify([...t]));
    assert.ok(t.get('本办法第十二条')?.includes('markup.underline.reference.gongwen'));
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: Array<{ scopeName: string; injectTo?: string[] }> } };
    const injection = manifest.contributes.grammars.find((g) => g.scopeName === 'gongwen.injection');
    assert.deepEqual(injection?.injectTo, ['text.plain', 'text.html.markdown']);
  });
});
