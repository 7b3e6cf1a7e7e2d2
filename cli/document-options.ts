/** The options every document command shares: input paths and the metadata and limits to read them with. */
import type { Language } from '../model/report.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/read-documents.js';

export const DOCUMENT_OPTIONS = '[--published-at YYYY-MM-DD] [--source NAME] [--lang ar|en] [--max-bytes N]';

export interface Options {
  files: string[];
  publishedAt: string | null;
  source: string | null;
  language: Language | null;
  maxBytes: number;
  flags: Set<string>;
}

export class UsageError extends Error {}

/** Parses paths and document options; `flags` names the extra boolean switches the command accepts. */
export function parseArguments(argv: string[], flags: readonly string[] = []): Options {
  const options: Options = {
    files: [],
    publishedAt: null,
    source: null,
    language: null,
    maxBytes: maxBytesFromEnv(),
    flags: new Set(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (flags.includes(arg)) options.flags.add(arg);
    else if (arg === '--published-at') options.publishedAt = isoDay(value());
    else if (arg === '--source') options.source = value();
    else if (arg === '--lang') options.language = language(value());
    else if (arg === '--max-bytes') options.maxBytes = byteCount(value(), '--max-bytes');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no input file');
  return options;
}

function maxBytesFromEnv(): number {
  const value = process.env.KG_MAX_BYTES;
  return value ? byteCount(value, 'KG_MAX_BYTES') : DEFAULT_MAX_BYTES;
}

function byteCount(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${name} must be a positive whole number of bytes`);
  return n;
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--published-at must be a date YYYY-MM-DD, not ${value}`);
  }
  return value;
}

function language(value: string): Language {
  if (value !== 'ar' && value !== 'en') throw new UsageError(`--lang must be ar or en, not ${value}`);
  return value;
}
