/**
 * Hover: over a reference, the cited clause's marker, title and first lines; over an
 * abbreviation, its full name and where it is defined.
 */
import type { Target } from '../model/crossref';
import type { DocumentModel } from '../model/document';
import type { Hover } from '../types';
import { locate } from './locate';
import { message } from './messages';
import { resolveExternal, targetLabel, type NavigationContext } from './navigation';
import type { Locale } from '../rules/rule';

const PREVIEW = 160;

/** Marker, title and the first lines of a target, as Markdown. */
export function preview(model: DocumentModel, target: Target): string {
  const c = target.clause;
  const src = model.text.text;
  const label = targetLabel(target);
  const heading = target.paragraphIndex === undefined && c.kind !== 'article' && c.title ? `**${label}** ${c.title}` : `**${label}**`;
  const from = target.paragraphIndex === undefined ? (c.kind === 'article' ? (c.marker?.contentStart ?? c.start) : c.titleEnd) : target.start;
  let body = src.slice(from, Math.min(target.end, from + PREVIEW * 2)).replace(/^[。：\s]+/, '');
  body = body.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, (m) => (/\n[ \t\u3000]*\S/.test(m + 'x') ? '' : ''));
  if (body.length > PREVIEW) body = body.slice(0, PREVIEW) + '……';
  if (c.deleted) body = '（删去）';
  return body ? `${heading}\n\n${escape(body)}` : heading;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

export function hover(ctx: NavigationContext, offset: number, locale: Locale): Hover | null {
  const { model } = ctx;
  const at = locate(model, offset);
  if (!at) return null;
  const range = model.text.rangeOf(at.start, at.end);
  const t = (zh: string, en: string) => message(locale, zh, en);
  switch (at.kind) {
    case 'reference': {
      const r = at.reference;
      if (r.external) {
        const ext = resolveExternal(ctx, r);
        if (ext?.targets?.length) return { contents: { kind: 'markdown', value: preview(ext.match.model, ext.targets[0]) }, range };
        return { contents: { kind: 'markdown', value: t('引用其他文件的条文，不在本文中查找', 'Cites another document; not looked up in this one') }, range };
      }
      if (r.problem?.kind === 'missing') return { contents: { kind: 'markdown', value: t('本文中没有这一条文', 'This document has no such clause') }, range };
      const value = r.targets.slice(0, 3).map((target) => preview(model, target)).join('\n\n---\n\n');
      return value ? { contents: { kind: 'markdown', value }, range } : null;
    }
    case 'term': {
      const d = at.term.definition;
      const line = model.text.positionAt(d.start).line + 1;
      return {
        contents: { kind: 'markdown', value: t(`**${d.name}**：${d.fullName}（第${line}行定义）`, `**${d.name}**: ${d.fullName} (defined on line ${line})`) },
        range,
      };
    }
    default:
      return null;
  }
}
