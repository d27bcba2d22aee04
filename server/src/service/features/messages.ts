/**
 * Messages in the user's language: Simplified Chinese as written in the rules, English as written
 * beside it, and Traditional Chinese converted from the Simplified text with the Taiwan standard and phrases
 * (so every message exists in all three without a third copy to keep in step).
 */
import { getConverter } from '../convert';
import type { Locale } from '../rules/rule';

const traditional = new Map<string, string>();

export function message(locale: Locale, zh: string, en: string): string {
  if (locale === 'en') return en;
  if (locale === 'zh-cn') return zh;
  let t = traditional.get(zh);
  if (t === undefined) {
    try {
      t = getConverter('cn', 'twp').convert(zh);
    } catch {
      t = zh; // without the conversion data, Simplified is the best there is
    }
    if (traditional.size > 5000) traditional.clear();
    traditional.set(zh, t);
  }
  return t;
}
