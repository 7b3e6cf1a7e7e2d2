import { describe, expect, it } from 'vitest';
import { serveExplorer } from '../../server/explorer-page/serve.js';

describe('serveExplorer', () => {
  it.each([
    ['/explorer', 'text/html'],
    ['/explorer/', 'text/html'],
    ['/explorer/app.js', 'text/javascript'],
    ['/explorer/style.css', 'text/css'],
    ['/explorer/vendor/cytoscape.min.js', 'text/javascript'],
  ])('serves %s as %s', async (path, type) => {
    const response = await serveExplorer(path);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toContain(type);
    expect((await response?.text())?.length).toBeGreaterThan(0);
  });

  it('serves every module the page imports', async () => {
    const modules = new Set<string>();
    for (const path of [
      '/explorer/app.js',
      '/explorer/paths.js',
      '/explorer/panel.js',
      '/explorer/graph.js',
    ]) {
      const source = (await (await serveExplorer(path))?.text()) ?? '';
      for (const [, file] of source.matchAll(/from '\.\/([\w-]+\.js)'/g)) modules.add(`/explorer/${file}`);
    }
    expect(modules.size).toBeGreaterThan(0);
    for (const module of modules) expect(await serveExplorer(module), module).not.toBeNull();
  });

  it.each([
    '/explorer/../package.json',
    '/explorer/%2e%2e/package.json',
    '/explorer/..%2fpackage.json',
    '/explorer/serve.ts',
    '/explorer/vendor/',
    '/explorer/vendor/../../package.json',
    '/explorer//app.js',
    '/package.json',
  ])('leaves %s alone', async (path) => {
    expect(await serveExplorer(path)).toBeNull();
  });
});
