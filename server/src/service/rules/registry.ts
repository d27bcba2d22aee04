/**
 * Every rule, in the order the README lists them. A rule's code is a stable public name: users
 * write it in settings and in disable comments, so it never changes once released.
 */
import { dateFormat } from './date-format';
import { docnoFormat } from './docno-format';
import { numberingCountMismatch } from './numbering-count-mismatch';
import { numberingDuplicate } from './numbering-duplicate';
import { numberingGap } from './numbering-gap';
import { numberingLevelSkip } from './numbering-level-skip';
import { numberingMarkerFormat } from './numbering-marker-format';
import { numberingOrder } from './numbering-order';
import { numberingSingleChild } from './numbering-single-child';
import { numberingStart } from './numbering-start';
import { punctUnbalanced } from './punct-unbalanced';
import { punctNestedTitleMark } from './punct-nested-title-mark';
import { refSelf } from './ref-self';
import { refUnresolved } from './ref-unresolved';
import type { Rule } from './rule';
import { scriptMixed } from './script-mixed';
import { markdownHeadingLevel } from './markdown-heading-level';
import { termBeforeDefinition } from './term-before-definition';
import { termFullNameAfterDefinition } from './term-full-name-after-definition';
import { termRedefined } from './term-redefined';
import { termUnused } from './term-unused';

export const RULES: readonly Rule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingStart,
  numberingLevelSkip,
  numberingMarkerFormat,
  numberingSingleChild,
  numberingCountMismatch,
  punctUnbalanced,
  docnoFormat,
  dateFormat,
  refUnresolved,
  refSelf,
  termRedefined,
  termUnused,
  termBeforeDefinition,
  termFullNameAfterDefinition,
  punctNestedTitleMark,
  scriptMixed,
  markdownHeadingLevel,
];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
