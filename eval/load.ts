/** Reads a report or reference file for the evaluator, refusing what cannot be scored. */
import { readFileSync } from 'node:fs';
import type { ExtractionReport } from '../model/report.js';
import { type Issue, validateReport } from './validate.js';

/** A file that cannot be scored; the message names the file and the reason. */
export class InputError extends Error {}

const SHOWN_ISSUES = 10;

export function describeIssues(issues: Issue[]): string {
  const lines = issues.slice(0, SHOWN_ISSUES).map((issue) => `  ${issue.path || '(top)'}: ${issue.message}`);
  if (issues.length > SHOWN_ISSUES) lines.push(`  … and ${issues.length - SHOWN_ISSUES} more`);
  return lines.join('\n');
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read the file (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

export interface LoadedReport {
  report: ExtractionReport;
  warnings: Issue[];
}

/** Parses and validates a report file; throws InputError when it has errors. */
export function loadReport(path: string): LoadedReport {
  const value = readJson(path);
  const issues = validateReport(value);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new InputError(`${path}: not a valid extraction report:\n${describeIssues(errors)}`);
  }
  return {
    report: value as ExtractionReport,
    warnings: issues.filter((issue) => issue.severity === 'warning'),
  };
}
