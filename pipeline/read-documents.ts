/**
 * Reads the documents named on a command line: text files and saved web pages
 * (with an optional FILE.meta.json sidecar), JSON-lines files of documents, and
 * folders of them.
 * Every unreadable input is reported by name with its reason; the rest is read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExtractionInput } from '../extract/index.js';
import { declaredCharset, decodeAs } from './charset.js';
import { completeDocument, type MetadataOverrides } from './complete-document.js';
import { isHtml } from './html/detect.js';
import { pageDocument } from './html/page-document.js';
import { InputError } from './input-error.js';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** The size limit, and metadata that overrides sidecars, pages and JSON fields. */
export interface ReadOptions extends MetadataOverrides {
  maxBytes?: number;
}

export interface ReadResult {
  documents: { path: string; doc: ExtractionInput }[];
  failures: { path: string; reason: string }[];
  /** Inputs that went in without part of what they carry (a broken JSON-LD block), with what was left out. */
  warnings: { path: string; reason: string }[];
}

const TEXT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.xhtml']);
const LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readDocuments(paths: string[], options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { documents: [], failures: [], warnings: [] };
  for (const path of paths.flatMap(expandFolder)) {
    attempt(result, path, () => {
      const text = readText(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
      if (isHtml(path, text)) {
        const { doc, warnings } = pageDocument(text, { over: sidecar(path) }, options);
        result.documents.push({ path, doc });
        result.warnings.push(...warnings.map((reason) => ({ path, reason })));
        return;
      }
      if (!LINES_EXTENSIONS.has(extname(path))) {
        result.documents.push({ path, doc: completeDocument({ text, ...sidecar(path) }, options) });
        return;
      }
      text.split('\n').forEach((line, i) => {
        attempt(result, `${path}:${i + 1}`, () => {
          const doc = documentLine(line, options);
          if (doc) result.documents.push({ path, doc });
        });
      });
    });
  }
  return result;
}

/** Runs one read; an input error becomes that input's failure, the others go on. */
function attempt(result: ReadResult, path: string, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.failures.push({ path, reason: error.message });
  }
}

/** A folder stands for its text and JSON-lines files, recursively, in name order. */
function expandFolder(path: string): string[] {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return expandFolder(child);
      const extension = extname(name);
      return TEXT_EXTENSIONS.has(extension) || LINES_EXTENSIONS.has(extension) ? [child] : [];
    });
}

function readText(path: string, maxBytes: number): string {
  if (!existsSync(path)) throw new InputError('no such file');
  const size = statSync(path).size;
  if (size > maxBytes) throw new InputError(`too large: ${size} bytes, the limit is ${maxBytes}`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new InputError('binary file (it contains NUL bytes)');
  const text = fileText(bytes);
  if (text.trim() === '') throw new InputError('empty file');
  return text;
}

/** UTF-8, or the encoding a saved page declares when it is not UTF-8 (a page saved as the site served it). */
function fileText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const charset = declaredCharset(bytes);
    if (!charset || /^utf-?8$/i.test(charset)) throw new InputError('not valid UTF-8 text');
    return decodeAs(bytes, charset);
  }
}

function sidecar(path: string): Partial<ExtractionInput> {
  const metaPath = `${path}.meta.json`;
  if (!existsSync(metaPath)) return {};
  try {
    return pickMetadata(JSON.parse(readFileSync(metaPath, 'utf8')));
  } catch {
    throw new InputError(`unreadable sidecar ${metaPath}`);
  }
}

/** One JSON-lines document, or null for a blank line. */
function documentLine(line: string, options: ReadOptions): ExtractionInput | null {
  if (line.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new InputError('not JSON');
  }
  const record = parsed as { text?: unknown };
  if (typeof record?.text !== 'string' || record.text.trim() === '') throw new InputError('no "text" field');
  return completeDocument({ ...pickMetadata(parsed), text: record.text }, options);
}

function pickMetadata(value: unknown): Partial<ExtractionInput> {
  const record = (value ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const language = text('language');
  return {
    title: text('title'),
    publishedAt: text('publishedAt'),
    source: text('source'),
    url: text('url'),
    language: language === 'ar' || language === 'en' ? language : undefined,
  };
}
