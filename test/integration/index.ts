/**
 * The extensionTestsPath module: VS Code loads it in the extension host and calls `run()`.
 * It runs suite/*.test.js with mocha and writes a plain-text report to $GONGWEN_TEST_RESULTS
 * (the browser's console would mangle mocha's output), which the launcher prints.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Mocha from 'mocha';

const RESULTS = process.env.GONGWEN_TEST_RESULTS ?? path.join(os.tmpdir(), 'gongwen-integration-results.txt');
const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

/** Writes one line per test, then the failures in full, then a summary. */
class FileReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const lines: string[] = [];
    const failures: string[] = [];
    runner.on(EVENT_TEST_PASS, (t: Mocha.Test) => lines.push(`  ✔ ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (t: Mocha.Test) => lines.push(`  - ${t.fullTitle()} (pending)`));
    runner.on(EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) => {
      lines.push(`  ✖ ${t.fullTitle()}`);
      failures.push(`${failures.length + 1}) ${t.fullTitle()}\n${err.stack ?? err.message}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const s = this.stats;
      const summary = `${s.passes} passing, ${s.failures} failing, ${s.pending} pending (${s.duration ?? 0} ms)`;
      fs.writeFileSync(RESULTS, ['VS Code integration tests (code-server)', ...lines, '', ...failures, summary, ''].join('\n'));
    });
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: FileReporter });
  const suite = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(suite).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suite, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed`)) : resolve()));
    } catch (e) {
      fs.writeFileSync(RESULTS, `VS Code integration tests could not start:\n${e instanceof Error ? e.stack : String(e)}\n`);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
