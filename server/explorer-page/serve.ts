import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'graphql-yoga';

const HTML = 'text/html; charset=utf-8';
const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const own = (file: string) => new URL(file, import.meta.url);
const INDEX = { file: own('./index.html'), type: HTML };

/** Every path the page answers, and the file behind it: nothing outside this list is ever read. */
const ASSETS = new Map<string, { file: URL | string; type: string }>([
  ['/explorer', INDEX],
  ['/explorer/', INDEX],
  ['/explorer/app.js', { file: own('./app.js'), type: JAVASCRIPT }],
  ['/explorer/api.js', { file: own('./api.js'), type: JAVASCRIPT }],
  ['/explorer/graph.js', { file: own('./graph.js'), type: JAVASCRIPT }],
  ['/explorer/panel.js', { file: own('./panel.js'), type: JAVASCRIPT }],
  ['/explorer/dom.js', { file: own('./dom.js'), type: JAVASCRIPT }],
  ['/explorer/paths.js', { file: own('./paths.js'), type: JAVASCRIPT }],
  ['/explorer/style.css', { file: own('./style.css'), type: CSS }],
  [
    '/explorer/vendor/cytoscape.min.js',
    { file: createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), type: JAVASCRIPT },
  ],
]);

/** The explorer page or one of its assets for a request path, or null when the path is not one of them. */
export async function serveExplorer(pathname: string): Promise<Response | null> {
  const asset = ASSETS.get(pathname);
  if (!asset) return null;
  return new Response(await readFile(asset.file), {
    headers: {
      'content-type': asset.type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** A Yoga plugin answering the explorer's paths before GraphQL sees the request. */
export function useExplorerPage(): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      const response = await serveExplorer(url.pathname);
      if (response) endResponse(response);
    },
  };
}
