import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

function kg(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/kg.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('kg export', () => {
  const env = { KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-export-data-')) };
  const out = mkdtempSync(join(tmpdir(), 'kg-export-out-'));

  it('writes the neighbourhood of a place named in Arabic as CSV and sums up', () => {
    expect(kg(['seed'], env).code).toBe(0);
    const { code, stdout } = kg(['export', '--format', 'csv', '--out', out, '--around', 'يفلاخ'], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^exported from the embedded store \(the neighbourhood of place:yevlakh, depth 1\): 4 nodes, 4 relationships → .*nodes\.csv, .*relationships\.csv\n$/,
    );
    const rows = readFileSync(join(out, 'nodes.csv'), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(1 + 4);
    expect(readdirSync(out).sort()).toEqual(['nodes.csv', 'relationships.csv']);
  });

  it('refuses an unknown format or entity with exit code 2 and writes nothing', () => {
    const badFormat = kg(['export', '--format', 'xml', '--out', join(out, 'xml')], env);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown format xml: use one of graphml|csv|json');
    expect(badFormat.stderr).toContain('usage: kg export');
    expect(existsSync(join(out, 'xml'))).toBe(false);

    const unknown = kg(
      ['export', '--format', 'json', '--out', join(out, 'atlantis'), '--around', 'Atlantis'],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no actor or place is called Atlantis');
    expect(existsSync(join(out, 'atlantis'))).toBe(false);
  });
});
