import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../pipeline/read-documents.js';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('readDocuments', () => {
  it('reads text files with their sidecar, flags overriding it', () => {
    const dir = folder({
      'a.txt': 'قصفت القوات مدينة غوما',
      'a.txt.meta.json': JSON.stringify({ publishedAt: '2024-01-02', source: 'Reuters', url: 'https://x' }),
    });
    const { documents } = readDocuments([join(dir, 'a.txt')], { source: 'SUNA' });
    expect(documents[0]?.doc).toMatchObject({
      publishedAt: '2024-01-02',
      source: 'SUNA',
      url: 'https://x',
      language: 'ar',
    });
  });

  it('walks folders for text and JSON-lines files, a bad line failing alone', () => {
    const dir = folder({
      'nested/b.jsonl': '{"text":"Talks began in Jeddah.","publishedAt":"2024-05-16"}\n{oops\n',
      'nested/c.txt': 'Troops withdrew from Goma.',
      'ignored.md': '# notes',
    });
    const { documents, failures } = readDocuments([dir]);
    expect(documents.map((d) => d.doc.text)).toEqual([
      'Talks began in Jeddah.',
      'Troops withdrew from Goma.',
    ]);
    expect(failures).toEqual([{ path: `${join(dir, 'nested/b.jsonl')}:2`, reason: 'not JSON' }]);
  });

  it('reports each unreadable input with its reason', () => {
    const dir = folder({
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x61, 0x00, 0x62]),
      'latin1.txt': new Uint8Array([0xe9, 0x74, 0xe9]),
      'russian.txt': 'Переговоры начались в Джидде',
      'big.txt': 'ا'.repeat(80),
    });
    const { documents, failures } = readDocuments([dir, join(dir, 'missing.txt')], { maxBytes: 150 });
    expect(documents).toEqual([]);
    expect(failures.map((f) => f.reason)).toEqual([
      'too large: 160 bytes, the limit is 150',
      'binary file (it contains NUL bytes)',
      'empty file',
      'not valid UTF-8 text',
      'unsupported language: neither Arabic nor Latin script dominates',
      'no such file',
    ]);
  });
});
