/**
 * `npm run eval -- REPORT.json REFERENCE.json [--per-article] [--json]`: scores an
 * extraction report against a reference annotation (rules in eval/score.ts).
 */
import { parseArgs } from 'node:util';
import { formatScore } from './format.js';
import { describeIssues, InputError, type LoadedReport, loadReport } from './load.js';
import { scoreReport } from './score.js';

const USAGE = 'usage: npm run eval -- REPORT.json REFERENCE.json [--per-article] [--json]';

function warn(path: string, loaded: LoadedReport): void {
  if (loaded.warnings.length === 0) return;
  process.stderr.write(
    `${path}: ${loaded.warnings.length} warning(s):\n${describeIssues(loaded.warnings)}\n`,
  );
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [reportPath, referencePath] = positionals;
  if (positionals.length !== 2 || !reportPath || !referencePath) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const report = loadReport(reportPath);
    const reference = loadReport(referencePath);
    warn(reportPath, report);
    warn(referencePath, reference);
    const score = scoreReport(report.report, reference.report);
    process.stdout.write(
      values.json
        ? `${JSON.stringify(score, null, 2)}\n`
        : formatScore(score, values['per-article'] ?? false),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'per-article': { type: 'boolean' }, json: { type: 'boolean' } },
  });
}

process.exitCode = main(process.argv.slice(2));
