/**
 * The snippets expand into documents Gongwen reads as intended: skeletons with their levels, a
 * 发文字号 and 成文日期 in GB/T 9704 form, no numbering problems.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, type OutlineNode } from '../server/src/service';
import { REPO_ROOT } from './corpus/corpus';

const snippets = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'snippets', 'gongwen.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;

/** Expands a snippet the way VS Code would with its defaults, on 3 February 2026. */
function expand(body: readonly string[]): string {
  const vars: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '02', CURRENT_DATE: '03' };
  let text = body.join('\n');
  for (let i = 0; i < 3; i++) {
    text = text
      .replace(/\$\{(\w+)\/\^0\/\/\}/g, (_, v: string) => vars[v].replace(/^0/, ''))
      .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+:\$(\w+)\}/g, (_, v: string) => vars[v])
      .replace(/\$\{(\d+)\}/g, '')
      .replace(/\$\{(CURRENT_\w+)\}/g, (_, v: string) => vars[v])
      .replace(/\$(CURRENT_\w+)/g, (_, v: string) => vars[v]);
  }
  return text;
}

const service = createLanguageService();

function check(name: string) {
  const text = expand(snippets[name].body);
  assert.ok(!/\$/.test(text), `unexpanded: ${text}`);
  const doc = { uri: `file:///${encodeURIComponent(name)}.txt`, version: 1, getText: () => text };
  return { text, outline: service.getOutline(doc), diagnostics: service.getDiagnostics(doc).filter((d) => d.severity <= 2) };
}

const labels = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.marker, ...labels(n.children).map((l) => ' ' + l)]);

describe('snippets', () => {
  it('通知 has a well-formed 发文字号 and 成文日期 and no problems', () => {
    const { text, diagnostics } = check('通知 (notice)');
    assert.match(text, /〔2026〕1号/);
    assert.match(text, /2026年2月3日/);
    assert.deepEqual(diagnostics, []);
  });

  it('实施方案 and 意见 expand into their levels without numbering problems', () => {
    const plan = check('实施方案 (plan)');
    assert.deepEqual(plan.diagnostics, []);
    assert.deepEqual(labels(plan.outline), ['一、', ' （一）', ' （二）', ' （三）', '二、', ' （一）', '  1.', '  2.', ' （二）', '三、', ' （一）', ' （二）']);
    assert.deepEqual(check('意见 (opinion)').diagnostics, []);
  });

  it('办法 expands into chapters and articles', () => {
    const reg = check('办法 (regulation)');
    assert.deepEqual(reg.diagnostics, []);
    assert.deepEqual(labels(reg.outline), ['第一章', ' 第一条', ' 第二条', '第二章', ' 第三条', '  （一）', '  （二）', '第三章', ' 第四条']);
  });

  it('the marker snippets offer the levels in order', () => {
    assert.equal(expand(snippets['（一）'].body), '（一）标题。');
    assert.equal(expand(snippets['成文日期'].body), '2026年2月3日');
  });
});
