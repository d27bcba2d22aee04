/**
 * markdown/heading-level — in Markdown, a heading depth that disagrees with the marker level:
 * `# （一）` under `## 一、` (a lower level at a higher heading), or one level at two depths
 * (`# 一、` and `## 二、`).
 */
import type { Clause } from '../model/document';
import { q, qe, type Rule } from './rule';

const hashes = (n: number) => '#'.repeat(n);

export const markdownHeadingLevel: Rule = {
  code: 'markdown/heading-level',
  severity: 'warning',
  doc: {
    zh: 'Markdown 标题级别与序次语层级不一致（“## 一、”之下出现“# （一）”）',
    en: 'A Markdown heading depth that disagrees with the marker level (# （一） under ## 一、)',
    bad: '## 一、总体要求 … # （一）指导思想',
    good: '# 一、总体要求 … ## （一）指导思想',
  },
  check(ctx) {
    const depthOfKind = new Map<string, { depth: number; clause: Clause }>();
    for (const c of ctx.model.allClauses) {
      const depth = c.markdownDepth;
      if (depth === undefined || !c.marker) continue;
      let parent = c.parent;
      while (parent && parent.markdownDepth === undefined) parent = parent.parent;
      if (parent && parent.markdownDepth !== undefined && parent.markdownDepth >= depth) {
        ctx.report({
          start: c.marker.start,
          end: c.marker.end,
          message: ctx.t(
            `${q(c.marker.text)}的标题级别${q(hashes(depth))}不低于其上级${q(parent.marker?.text ?? parent.title)}的${q(hashes(parent.markdownDepth))}，应为${q(hashes(parent.markdownDepth + 1))}`,
            `${qe(c.marker.text)} is a ${qe(hashes(depth))} heading under the ${qe(hashes(parent.markdownDepth))} heading ${qe(parent.marker?.text ?? parent.title)}; it should be ${qe(hashes(parent.markdownDepth + 1))}`,
          ),
          related: [{ start: parent.start, end: parent.titleEnd, message: ctx.t('上级标题', 'The heading above') }],
        });
        continue;
      }
      const first = depthOfKind.get(c.kind);
      if (!first) depthOfKind.set(c.kind, { depth, clause: c });
      else if (first.depth !== depth) {
        ctx.report({
          start: c.marker.start,
          end: c.marker.end,
          message: ctx.t(
            `同一层级的标题级别不一致：${q(c.marker.text)}为${q(hashes(depth))}，${q(first.clause.marker?.text ?? '')}为${q(hashes(first.depth))}`,
            `Headings of one level at two depths: ${qe(c.marker.text)} is ${qe(hashes(depth))}, ${qe(first.clause.marker?.text ?? '')} is ${qe(hashes(first.depth))}`,
          ),
        });
      }
    }
  },
};
