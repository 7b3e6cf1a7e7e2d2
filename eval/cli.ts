/**
 * `npm run eval -- REPORT.json REFERENCE.json [--per-article] [--json]`: scores an
 * extraction report against a reference annotation (rules in eval/score.ts).
 * `npm run eval -- ner FILE [--from N] [--to N] [--json]`: extracts the tokens of a
 * CoNLL-style NER file (tokens N to M) and scores its mentions (eval/ner.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadExtractionResources } from '../extract/index.js';
import { formatScore } from './format.js';
import { describeIssues, InputError, type LoadedReport, loadReport } from './load.js';
import { formatNer, parseConll, scoreNer } from './ner.js';
import { scoreReport } from './score.js';

const USAGE = [
  'usage: npm run eval -- REPORT.json REFERENCE.json [--per-article] [--json]',
  '       npm run eval -- ner FILE [--from N] [--to N] [--json]',
].join('\n');

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
  if (positionals[0] === 'ner') return ner(positionals.slice(1), values);
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

function ner(positionals: string[], values: ReturnType<typeof parseOptions>['values']): number {
  const [file] = positionals;
  const from = tokenIndex(values.from, 0);
  const to = tokenIndex(values.to, Number.POSITIVE_INFINITY);
  if (positionals.length !== 1 || !file || from === null || to === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read the file (${(error as Error).message})\n`);
    return 2;
  }
  let tokens: ReturnType<typeof parseConll>;
  try {
    tokens = parseConll(text, file).slice(from, to);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const score = scoreNer(tokens, loadExtractionResources());
  process.stdout.write(values.json ? `${JSON.stringify(score, null, 2)}\n` : formatNer(score));
  return 0;
}

/** A token index option: a whole number, or the fallback when absent; null when malformed. */
function tokenIndex(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : null;
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'per-article': { type: 'boolean' },
      json: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
}

process.exitCode = main(process.argv.slice(2));
