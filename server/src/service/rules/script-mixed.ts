/**
 * script/mixed — in a document written in Traditional characters (detected from its text, or set
 * with `gongwen.script`), a word holding Simplified-only characters (建设 in a Hong Kong text), and
 * the reverse in a Simplified document. Characters valid in both scripts (着, 台, 面, 群) are not
 * stray. The fix writes the word in the document's script; the fix-all does every word. A line
 * `gongwen-script traditional` (or `simplified`) sets the script for its file.
 */
import { summarizeScript, strayWords } from '../features/script';
import { scriptDirective } from '../features/suppressions';
import { q, qe, type Rule } from './rule';

export const scriptMixed: Rule = {
  code: 'script/mixed',
  severity: 'warning',
  doc: {
    zh: '繁体文本中夹杂简体字（或简体文本中夹杂繁体字）',
    en: 'Simplified characters in a Traditional text (or Traditional in a Simplified one)',
    bad: '推動科技成果共享中心等服務平台建设。',
    good: '推動科技成果共享中心等服務平台建設。',
  },
  check(ctx) {
    const text = ctx.model.text.text;
    // A `gongwen-script traditional` line sets the script for its file, over the setting.
    const setting = scriptDirective(text) ?? ctx.settings.script;
    const summary = summarizeScript(text);
    const script = setting === 'auto' ? summary.script : setting;
    // Nothing stray to look for in a text with no characters of the other script.
    if ((script === 'traditional' ? summary.simplified : summary.traditional) === 0) return;
    // Stray words are written in the Traditional standard the user converts to (Hong Kong by default).
    for (const w of strayWords(text, script, ctx.settings.traditionalLocale)) {
      const message =
        script === 'traditional'
          ? ctx.t(`繁体文本中的简体字：${q(w.text)}应为${q(w.replacement)}`, `Simplified characters in a Traditional text: ${qe(w.text)} should be ${qe(w.replacement)}`)
          : ctx.t(`简体文本中的繁体字：${q(w.text)}应为${q(w.replacement)}`, `Traditional characters in a Simplified text: ${qe(w.text)} should be ${qe(w.replacement)}`);
      ctx.report({
        start: w.start,
        end: w.end,
        message,
        fix: { title: ctx.t(`改为${q(w.replacement)}`, `Change to ${qe(w.replacement)}`), start: w.start, end: w.end, newText: w.replacement },
      });
    }
  },
};
