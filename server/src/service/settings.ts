import type { ConvertLocale } from './convert';
import type { NumberingOptions } from './model/sequences';
import type { Locale, Severity } from './rules/rule';

export type RuleSetting = Severity | 'off';

/** The user's settings as the service reads them (the `gongwen.*` namespace, or CLI flags). */
export interface GongwenSettings {
  /** Severity per rule code, or `off`. Rules not listed keep their default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly numbering: NumberingOptions;
  readonly locale: Locale;
  /** The script the document is meant to be in (`auto`: detected from its text). */
  readonly script: 'auto' | 'simplified' | 'traditional';
  /** The Traditional standard conversions and fixes write (`hk`, `tw`, `twp`, `t`). */
  readonly traditionalLocale: ConvertLocale;
  /** Words conversion never touches (names, defined terms). */
  readonly protectedWords: readonly string[];
}

export const DEFAULT_SETTINGS: GongwenSettings = {
  rules: {},
  numbering: {},
  locale: 'zh-cn',
  script: 'auto',
  traditionalLocale: 'hk',
  protectedWords: [],
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const CONVENTIONS = new Set(['auto', 'restart', 'continuous']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads settings from untrusted JSON (a client's `workspace/configuration` answer, a file):
 * anything malformed is ignored rather than trusted, so a bad setting never stops checking.
 */
export function readSettings(raw: unknown, locale?: string): GongwenSettings {
  const rules: Record<string, RuleSetting> = {};
  const convention: Record<string, 'auto' | 'restart' | 'continuous'> = {};
  if (isRecord(raw)) {
    if (isRecord(raw.rules)) {
      for (const [code, value] of Object.entries(raw.rules)) {
        if (typeof value === 'string' && SEVERITIES.has(value)) rules[code] = value as RuleSetting;
        else if (value === false) rules[code] = 'off';
      }
    }
    const numbering = raw.numbering;
    if (isRecord(numbering) && isRecord(numbering.convention)) {
      for (const [level, value] of Object.entries(numbering.convention)) {
        if (typeof value === 'string' && CONVENTIONS.has(value)) convention[level] = value as 'auto' | 'restart' | 'continuous';
      }
    }
  }
  let script: GongwenSettings['script'] = 'auto';
  let traditionalLocale: ConvertLocale = 'hk';
  let protectedWords: string[] = [];
  if (isRecord(raw)) {
    if (raw.script === 'simplified' || raw.script === 'traditional') script = raw.script;
    const convert = raw.convert;
    if (isRecord(convert)) {
      if (typeof convert.locale === 'string' && ['t', 'hk', 'tw', 'twp'].includes(convert.locale)) traditionalLocale = convert.locale as ConvertLocale;
      if (Array.isArray(convert.protectedWords)) protectedWords = convert.protectedWords.filter((w): w is string => typeof w === 'string' && w.length > 0);
    }
  }
  return { rules, numbering: { convention }, locale: normalizeLocale(locale), script, traditionalLocale, protectedWords };
}

export function normalizeLocale(locale: string | undefined): Locale {
  if (!locale) return 'zh-cn';
  const l = locale.toLowerCase();
  if (l === 'zh-tw' || l === 'zh-hk' || l === 'zh-mo' || l.startsWith('zh-hant')) return 'zh-tw';
  return l.startsWith('zh') ? 'zh-cn' : 'en';
}
