import type { DocumentModel } from '../model/document';
import { RULES } from '../rules/registry';
import type { RuleContext, RuleFinding, Severity } from '../rules/rule';
import type { GongwenSettings } from '../settings';
import { DiagnosticSeverity, type Diagnostic } from '../types';
import { message } from './messages';
import { findSuppressions } from './suppressions';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'gongwen';

/** Runs every rule that is on and returns LSP diagnostics in document order. */
export interface DiagnosticsOptions {
  /** Whether a quick fix may edit [start, end) (Markdown: only prose). */
  fixAllowed?: (start: number, end: number) => boolean;
  onRuleFailure?: (failures: string[]) => void;
}

export function computeDiagnostics(model: DocumentModel, uri: string, settings: GongwenSettings, options: DiagnosticsOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const failures: string[] = [];
  const text = model.text;
  const suppressed = findSuppressions(text);
  for (const rule of RULES) {
    const setting = settings.rules[rule.code] ?? rule.severity;
    if (setting === 'off') continue;
    const severity = SEVERITY[setting];
    const ctx: RuleContext = {
      model,
      locale: settings.locale,
      settings,
      t: (zh, en) => message(settings.locale, zh, en),
      report(f: RuleFinding) {
        const range = text.rangeOf(f.start, f.end);
        if (suppressed(range.start.line, rule.code)) return;
        const d: Diagnostic = {
          range,
          severity,
          code: rule.code,
          source: DIAGNOSTIC_SOURCE,
          message: f.message,
        };
        if (f.related && f.related.length > 0) {
          d.relatedInformation = f.related.map((r) => ({ location: { uri, range: text.rangeOf(r.start, r.end) }, message: r.message }));
        }
        if (f.fix && (options.fixAllowed?.(f.fix.start, f.fix.end) ?? true)) d.data = { fix: { title: f.fix.title, range: text.rangeOf(f.fix.start, f.fix.end), newText: f.fix.newText } };
        out.push(d);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // One rule's failure must not cost the drafter every other rule's findings.
      failures.push(`${rule.code}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failures.length > 0) options.onRuleFailure?.(failures);
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code),
  );
}
