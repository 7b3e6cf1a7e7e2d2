/**
 * `npm run --silent dev-set [-- --check]`: compiles every `seed/dev/*.ann.json`
 * with its passage into `seed/dev/reference.json` and validates the result;
 * `--check` only says whether the committed reference is up to date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeIssues } from '../../eval/load.js';
import { validateReport } from '../../eval/validate.js';
import type { ExtractionReport } from '../../model/report.js';
import { type Annotation, AnnotationError, compilePassage, type PassageMeta } from './annotation.js';

export const DEV_DIR = fileURLToPath(new URL('../../seed/dev', import.meta.url));
const ANNOTATION = '.ann.json';

/** The reference of every annotated passage of a folder, in file order. */
export function compileDevSet(dir = DEV_DIR): ExtractionReport {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ANNOTATION))
    .sort();
  const articles = files.flatMap((file) => {
    const id = file.slice(0, -ANNOTATION.length);
    const json = (name: string) => {
      try {
        return JSON.parse(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        throw new AnnotationError(`${name}: ${(error as Error).message}`);
      }
    };
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
    return compilePassage({
      id,
      text,
      meta: json(`${id}.txt.meta.json`) as PassageMeta,
      annotation: json(file) as Annotation,
    });
  });
  return { articles };
}

export function serializeReference(report: ExtractionReport): string {
  return `${JSON.stringify(report, null, 1)}\n`;
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const target = join(DEV_DIR, 'reference.json');
  let report: ExtractionReport;
  try {
    report = compileDevSet();
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const errors = validateReport(report).filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    process.stderr.write(`the compiled reference is not valid:\n${describeIssues(errors)}\n`);
    return 2;
  }
  const serialized = serializeReference(report);
  if (values.check) {
    const current = readFileSync(target, 'utf8');
    if (current === serialized) return 0;
    process.stderr.write(`${target} is out of date: run npm run dev-set\n`);
    return 1;
  }
  writeFileSync(target, serialized);
  process.stdout.write(`${target}: ${report.articles.length} articles\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
