import * as assert from 'node:assert/strict';
import { seededRandom } from '../testUtil';
import { maskMarkdown } from './mask';

const random = seededRandom;

/** Blocks of every kind, several of which hold blank lines followed by a line in the first column. */
const BLOCKS: readonly string[] = [
  '# 一、总体要求',
  '## （一）指导思想',
  '二、主要任务\n======',
  '以**习近平新时代**中国特色社会主义思想为指导，见[《规划纲要》](https://a.gov.cn)和[附件][fj]，脚注[^1]。',
  '正文第一行，\n正文第二行。',
  '1. 协同推进制造业智能化转型。\n2. 拓展制造业对接合作新载体。',
  '1. 第一项，\n\n   续段。\n\n2. 第二项。',
  '- 甲\n- 乙\n\n  乙的续段',
  '> 引文，\n> 续行。\n\n> 另一段引文',
  '```\n三、代码\n\n四、代码中空行后的首列\n```',
  '~~~~\n```\n\n五、\n~~~~',
  '<!--\n注释\n\n六、注释中空行后的首列\n-->',
  '<!-- gongwen-disable-next-line numbering/gap -->',
  '<pre>\n七、\n\n八、\n</pre>',
  '<div>\n块\n</div>',
  '| 项目 | 金额 |\n| --- | --- |\n| 甲 | 1 |',
  '    缩进代码\n\n    九、缩进代码',
  '***',
  '[fj]: https://example.gov.cn/fj',
  '[^1]: 注释正文。',
  '`行内代码`与正文',
  '𠀀字与𠀁字。',
];

function generate(seed: number, crlf: boolean): string {
  const next = random(seed);
  const parts: string[] = [];
  if (next() < 0.3) parts.push('---\ntitle: 标题\n\ndescription: 空行之后\n---');
  const n = 20 + Math.floor(next() * 40);
  for (let i = 0; i < n; i++) parts.push(BLOCKS[Math.floor(next() * BLOCKS.length)]);
  // An unclosed fence at the end runs to the end of the document.
  if (next() < 0.2) parts.push('```\n十、未闭合\n\n十一、');
  const text = parts.join(next() < 0.5 ? '\n\n' : '\n\n\n') + '\n';
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

describe('markdown/chunks', () => {
  it('gives the same view in pieces as in one parse', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = generate(seed, seed % 3 === 0);
      const whole = maskMarkdown(text, { chunkSize: 0 });
      for (const chunkSize of [1, 300]) {
        const pieces = maskMarkdown(text, { chunkSize });
        assert.deepEqual(pieces, whole, `seed ${seed}, chunk size ${chunkSize}`);
      }
    }
  });

  it('is not cut inside front matter with blank lines, nor inside a fence left open', () => {
    const text = '---\ntitle: 甲\n\nx: 乙\n---\n\n正文\n\n```\n三、\n\n四、\n';
    assert.deepEqual(maskMarkdown(text, { chunkSize: 1 }), maskMarkdown(text, { chunkSize: 0 }));
    assert.deepEqual(maskMarkdown(text, { chunkSize: 1 }).frontMatter, { start: 0, end: text.indexOf('\n\n正文') });
  });

  it('keeps time linear where one parse is quadratic (lists and blockquotes between paragraphs)', () => {
    const text = '## （一）标题\n\n正文。\n1. 第一项，`代码`。\n\n> 引文。\n\n'.repeat(2000);
    const t0 = Date.now();
    const view = maskMarkdown(text);
    const ms = Date.now() - t0;
    assert.equal(view.headings.length, 2000);
    assert.ok(ms < 8000, `took ${ms} ms`);
  });
});
