import type { NumberingOptions } from './model/sequences';
import type { Locale, Severity } from './rules/rule';

export type RuleSetting = Severity | 'off';

/** The user's settings as the service reads them (the `gongwen.*` namespace, or CLI flags). */
export interface GongwenSettings {
  /** Severity per rule code, or `off`. Rules not listed keep their default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly numbering: NumberingOptions;
  readonly locale: Locale;
}

export const DEFAULT_SETTINGS: GongwenSettings = { rules: {}, numbering: {}, locale: 'zh-cn' };

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
  return { rules, numbering: { convention }, locale: normalizeLocale(locale) };
}

export function normalizeLocale(locale: string | undefined): Locale {
  if (!locale) return 'zh-cn';
  return locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
