import * as assert from 'node:assert/strict';
import { TextModel } from '../text/textModel';
import { isMarkdownDocument, isProse, markdownParseOptions, maskMarkdown, proseText, type MarkdownView } from './index';

/** The invariants every masked text keeps: length, line breaks, and prose or a space everywhere else. */
function checkInvariants(text: string, view: MarkdownView = maskMarkdown(text)): MarkdownView {
  const { masked } = view;
  assert.equal(masked.length, text.length, 'same length');
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const m = masked.charAt(i);
    if (c === '\r' || c === '\n') assert.equal(m, c, `line break kept at ${i}`);
    else assert.ok(m === c || m === ' ', `at ${i}: ${JSON.stringify(m)} is neither ${JSON.stringify(c)} nor a space`);
  }
  const a = new TextModel(text);
  const b = new TextModel(masked);
  assert.equal(b.lineCount, a.lineCount);
  for (let l = 0; l < a.lineCount; l++) {
    assert.equal(b.lineStart(l), a.lineStart(l));
    assert.equal(b.lineEnd(l), a.lineEnd(l));
  }
  return view;
}

/** The masked text with runs of spaces shown as one, lines kept: what the parser reads. */
function squeeze(masked: string): string[] {
  return masked.split(/\r\n|\r|\n/).map((l) => l.replace(/ +/g, ' ').trim());
}

describe('markdown/mask', () => {
  it('keeps length, every line break and every prose character', () => {
    const text = [
      '# 一、总体要求',
      '',
      '## （一）指导思想',
      '',
      '以**习近平新时代**中国特色社会主义思想为_指导_，见[《规划纲要》](https://example.gov.cn/a?b=1 "标题")。',
      '',
      '- 甲项；',
      '* 乙项；',
      '+ 丙项。',
      '',
      '1. 第一项。',
      '2) 第二项。',
      '',
      '> 引文第一行',
      '> 引文第二行',
      '',
      '```text',
      '三、代码',
      '```',
      '',
      '    四、缩进代码',
      '',
      '| 项目 | 金额 |',
      '| --- | ---: |',
      '| 甲 | 100 |',
      '',
      '***',
      '',
      '<div>五、HTML</div>',
      '',
      '![图一](a.png) `六、行内代码` <https://example.gov.cn>',
      '',
      '[ref]: https://example.gov.cn',
    ].join('\n');
    checkInvariants(text);
  });

  it('masks heading markers, reports depth and keeps the heading text in place', () => {
    const text = '# 一、总体要求\n\n## （一）指导思想 ##\n\n二、主要任务\n======\n\n（二）发展定位\n---\n';
    const view = checkInvariants(text);
    assert.deepEqual(
      view.headings.map((h) => ({ line: h.line, depth: h.depth })),
      [
        { line: 0, depth: 1 },
        { line: 2, depth: 2 },
        { line: 4, depth: 1 },
        { line: 7, depth: 2 },
      ],
    );
    const lines = view.masked.split('\n');
    assert.equal(lines[0], '  一、总体要求');
    assert.equal(lines[2], '   （一）指导思想   ');
    assert.equal(lines[4], '二、主要任务');
    assert.equal(lines[5].trim(), '');
    assert.equal(lines[8].trim(), '');
    assert.equal(view.headings[1].start, text.indexOf('##'));
  });

  it('masks emphasis, link syntax and URLs, images, autolinks and footnote labels', () => {
    const text = '以**习近平**思想为*指导*，~~删去~~，见[《规划纲要》](https://a.gov.cn "t")和[附件][1]。![图](a.png)<https://b.gov.cn>脚注[^1]\n\n[1]: https://c.gov.cn\n[^1]: 注释。\n';
    const view = checkInvariants(text);
    assert.deepEqual(squeeze(view.masked), ['以 习近平 思想为 指导 ， 删去 ，见 《规划纲要》 和 附件 。 脚注', '', '', '注释。', '']);
    assert.ok(!view.masked.includes('http'));
  });

  it('keeps what CommonMark does not take for syntax in Chinese text', () => {
    // _ between CJK characters opens no emphasis; a single ~ is a range, not strikethrough.
    const text = '为_指导_，约1~2个月，3~5年。\n';
    assert.equal(checkInvariants(text).masked, text);
  });

  it('keeps a bare URL and the Chinese text GFM would take into it', () => {
    const text = '请登录www.gd.gov.cn查询，或访问https://www.gov.cn。\n';
    assert.equal(checkInvariants(text).masked, text);
  });

  it('keeps an ordered list item number and masks bullets', () => {
    const text = '1. 协同推进制造业智能化转型。\n2. 拓展制造业对接合作新载体。\n10) 第十项。\n\n- 甲\n* 乙\n+ 丙\n\n> 3. 引文中的项。\n';
    const view = checkInvariants(text);
    assert.deepEqual(squeeze(view.masked), ['1. 协同推进制造业智能化转型。', '2. 拓展制造业对接合作新载体。', '10) 第十项。', '', '甲', '乙', '丙', '', '3. 引文中的项。', '']);
    // A policy document's 1.协同推进 (no space) is a paragraph, kept whole.
    assert.equal(maskMarkdown('1.协同推进。\n').masked, '1.协同推进。\n');
  });

  it('masks fenced and indented code and inline code, and reports their ranges', () => {
    const text = '正文`三、`正文\n\n```\n三、代码\n```\n\n~~~md\n四、\n~~~\n\n    五、缩进\n';
    const view = checkInvariants(text);
    assert.deepEqual(squeeze(view.masked), ['正文 正文', '', '', '', '', '', '', '', '', '', '', '']);
    assert.deepEqual(
      view.code.map((c) => [text.slice(c.start, c.end), c.inline]),
      [
        ['`三、`', true],
        ['```\n三、代码\n```', false],
        ['~~~md\n四、\n~~~', false],
        ['    五、缩进', false],
      ],
    );
  });

  it('masks HTML and reports HTML comments with their lines and offsets', () => {
    const text = '<!-- gongwen-disable-next-line numbering/gap -->\n三、标题\n\n正文<!--gongwen-disable-line ref/self-->。<b>粗</b>\n\n<!--\n多行\n-->\n\n```\n<!-- 代码里的注释 -->\n```\n';
    const view = checkInvariants(text);
    assert.deepEqual(
      view.comments.map((c) => ({ line: c.line, endLine: c.endLine, text: c.text, written: text.slice(c.start, c.end) })),
      [
        { line: 0, endLine: 0, text: 'gongwen-disable-next-line numbering/gap', written: '<!-- gongwen-disable-next-line numbering/gap -->' },
        { line: 3, endLine: 3, text: 'gongwen-disable-line ref/self', written: '<!--gongwen-disable-line ref/self-->' },
        { line: 5, endLine: 7, text: '多行', written: '<!--\n多行\n-->' },
      ],
    );
    assert.deepEqual(squeeze(view.masked).slice(0, 4), ['gongwen-disable-next-line numbering/gap', '三、标题', '', '正文 。 粗']);
    assert.ok(!view.masked.includes('<!--'));
  });

  it('keeps a gongwen directive comment alone on its line as the plain-text directive', () => {
    const text = '<!-- gongwen-disable-next-line numbering/gap -->\r\n三、标题\r\n  <!--gongwen-disable-->  \r\n正文<!-- gongwen-disable-line x -->\r\n<!-- 其他注释 -->\r\n';
    const view = checkInvariants(text);
    assert.deepEqual(view.masked.split('\r\n'), [
      '     gongwen-disable-next-line numbering/gap    ',
      '三、标题',
      '      gongwen-disable     ',
      '正文' + ' '.repeat('<!-- gongwen-disable-line x -->'.length),
      ' '.repeat('<!-- 其他注释 -->'.length),
      '',
    ]);
    assert.equal(view.comments.length, 4);
    const off = maskMarkdown(text, { keepDirectives: false });
    assert.equal(off.masked.split('\r\n')[0].trim(), '');
  });

  it('masks YAML and TOML front matter', () => {
    const yaml = '---\ntitle: 一、标题\n---\n\n一、总体要求\n';
    const view = checkInvariants(yaml);
    assert.deepEqual(squeeze(view.masked), ['', '', '', '', '一、总体要求', '']);
    assert.deepEqual(view.frontMatter, { start: 0, end: yaml.indexOf('\n\n') });
    const toml = '+++\ntitle = "一、标题"\n+++\n正文\n';
    assert.deepEqual(squeeze(checkInvariants(toml).masked), ['', '', '', '正文', '']);
  });

  it('masks table pipes and the delimiter row, and thematic breaks', () => {
    const text = '| 项目 | 金额 |\n| --- | ---: |\n| 甲\\|乙 | 100 |\n\n---\n\n正文\n';
    const view = checkInvariants(text);
    assert.deepEqual(squeeze(view.masked), ['项目 金额', '', '甲 |乙 100', '', '', '', '正文', '']);
  });

  it('keeps a blockquote’s and a list item’s continuation lines without their prefixes', () => {
    const text = '> 第一行，\n> 第二行。\n\n1. 第一项，\n   续行。\n';
    const view = checkInvariants(text);
    assert.deepEqual(view.masked.split('\n'), ['  第一行，', '  第二行。', '', '1. 第一项，', '   续行。', '']);
  });

  it('keeps CRLF line breaks and UTF-16 offsets with astral characters', () => {
    const text = '# 一、𠀀总体要求\r\n\r\n𠀀**𠀀加粗**𠀀`𠀀`𠀀[𠀀链接](http://x)𠀀\r\n\r\n```\r\n𠀀三、\r\n```\r\n1. 𠀀项\r\n';
    const view = checkInvariants(text);
    const lines = view.masked.split('\r\n');
    assert.equal(lines[0], '  一、𠀀总体要求');
    assert.equal(lines[2], '𠀀  𠀀加粗  𠀀    𠀀 𠀀链接           𠀀');
    assert.deepEqual(lines.slice(4, 7), ['   ', '    ', '   ']);
    assert.equal(lines[7], '1. 𠀀项');
    assert.equal(view.masked.indexOf('总体要求'), text.indexOf('总体要求'));
    assert.equal(view.masked.lastIndexOf('项'), text.lastIndexOf('项'));
    assert.deepEqual(view.headings, [{ line: 0, depth: 1, start: 0, end: text.indexOf('\r') }]);
    const fence = view.code.find((c) => !c.inline)!;
    assert.equal(text.slice(fence.start, fence.end), '```\r\n𠀀三、\r\n```');
  });

  it('keeps lone CR line breaks and a BOM’s offset', () => {
    const text = '\uFEFF# 一、总体\r（一）指导思想\r\r正文**加粗**\r';
    const view = checkInvariants(text);
    assert.equal(view.masked, '   一、总体\r（一）指导思想\r\r正文  加粗  \r');
    assert.deepEqual(view.headings, [{ line: 0, depth: 1, start: 1, end: 7 }]);
  });

  it('masks escapes and character references, keeping what they read as where it can', () => {
    const text = '一\\*二 &amp; 三&#x56DB;五 &copy;六\n';
    const view = checkInvariants(text);
    assert.equal(squeeze(view.masked)[0], '一 *二 & 三 五 六');
  });

  it('tells what reads the same as the source', () => {
    const text = '（一）**指导**思想\n';
    const view = maskMarkdown(text);
    assert.ok(isProse(view, 0, 3));
    assert.ok(!isProse(view, 0, 8));
    assert.equal(proseText(view, 0, text.length - 1), '（一）指导思想');
    const link = maskMarkdown('1. [推进](https://a.gov.cn)建设。');
    assert.equal(proseText(link, 0, link.source.length), '1. 推进建设。');
  });

  it('marks the lines without prose for parseDocument', () => {
    const text = '一、标题\n\n```\n代码\n```\n\n---\n正文\n';
    const { exclude } = markdownParseOptions(text);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].filter((l) => exclude!(l)),
      [2, 3, 4, 6],
    );
  });

  it('reports the lines where Markdown starts a block', () => {
    const text = '正文第一行\n## （一）标题\n1. 第一项\n2. 第二项\n续行\n';
    assert.deepEqual(maskMarkdown(text).blockLines, [0, 1, 2, 3]);
    const { blockStart } = markdownParseOptions(text);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].filter(blockStart),
      [0, 1, 2, 3],
    );
  });

  it('knows Markdown documents by language or extension', () => {
    assert.ok(isMarkdownDocument('file:///a/b.md'));
    assert.ok(isMarkdownDocument('file:///a/b.MARKDOWN'));
    assert.ok(isMarkdownDocument('untitled:1', 'markdown'));
    assert.ok(!isMarkdownDocument('file:///a/b.md', 'plaintext'));
    assert.ok(!isMarkdownDocument('file:///a/b.txt'));
  });
});
