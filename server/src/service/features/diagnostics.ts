import type { DocumentModel } from '../model/document';
import { RULES } from '../rules/registry';
import type { RuleContext, RuleFinding, Severity } from '../rules/rule';
import type { GongwenSettings } from '../settings';
import { DiagnosticSeverity, type Diagnostic } from '../types';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'gongwen';

/** Runs every rule that is on and returns LSP diagnostics in document order. */
export function computeDiagnostics(model: DocumentModel, uri: string, settings: GongwenSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = model.text;
  for (const rule of RULES) {
    const setting = settings.rules[rule.code] ?? rule.severity;
    if (setting === 'off') continue;
    const severity = SEVERITY[setting];
    const ctx: RuleContext = {
      model,
      locale: settings.locale,
      t: (zh, en) => (settings.locale === 'en' ? en : zh),
      report(f: RuleFinding) {
        const d: Diagnostic = {
          range: text.rangeOf(f.start, f.end),
          severity,
          code: rule.code,
          source: DIAGNOSTIC_SOURCE,
          message: f.message,
        };
        if (f.related && f.related.length > 0) {
          d.relatedInformation = f.related.map((r) => ({ location: { uri, range: text.rangeOf(r.start, r.end) }, message: r.message }));
        }
        if (f.fix) d.data = { fix: { title: f.fix.title, range: text.rangeOf(f.fix.start, f.fix.end), newText: f.fix.newText } };
        out.push(d);
      },
    };
    rule.check(ctx);
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code),
  );
}
