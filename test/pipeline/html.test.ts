import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../extract/index.js';
import { readDocuments } from '../../pipeline/read-documents.js';
import { WINDOWS_1256_PAGE } from '../helpers/feed-server.js';
import { resources } from '../helpers/graphql.js';

const PAGE = new URL('./fixtures/rt-azerbaijan.html', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-html-'));

function page(name: string, html: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
}

const paragraph = (text: string) => `<p>${text}</p>`;
const ENGLISH_BODY = [
  'Sudanese army and Rapid Support Forces delegations began talks in Jeddah on Saturday under Saudi and American mediation.',
  'The talks are the first direct meeting between the two sides since the fighting started in Khartoum.',
  'Saudi Arabia said the negotiations would focus on a humanitarian truce and safe passage for civilians.',
]
  .map(paragraph)
  .join('\n');

describe('a saved HTML page', () => {
  it('goes in with the headline, day, outlet and canonical URL of its JSON-LD and link tags', () => {
    const { documents, failures, warnings } = readDocuments([PAGE]);
    expect(failures).toEqual([]);
    expect(warnings).toEqual([]);
    expect(documents[0]?.doc).toMatchObject({
      title: 'نفت أذربيجان أن تكون قواتها شنت هجوما على مدينة خانكندي',
      publishedAt: '2023-09-21',
      source: 'RT Arabic',
      url: 'https://arabic.rt.com/world/1496063-azerbaijan-denies-attack/',
      language: 'ar',
    });
  });

  it('keeps navigation, the most-read list and the footer away from the extractor', () => {
    const text = readDocuments([PAGE]).documents[0]?.doc.text ?? '';
    expect(text).toMatch(/^نفت أذربيجان أن تكون قواتها/);
    for (const furniture of ['أوكرانيا', 'الأكثر قراءة', 'مخيم جباليا', 'جميع الحقوق محفوظة', 'من نحن'])
      expect(text).not.toContain(furniture);
  });

  it('makes the "read also" link a linked headline, as in a text page, and finds the talks', () => {
    const doc = readDocuments([PAGE]).documents[0]?.doc;
    if (!doc) throw new Error('the page was not read');
    const [main, ...others] = extractDocument(doc, resources);
    expect(main).toMatchObject({ kind: 'ARTICLE', url: doc.url, source: 'RT Arabic' });
    expect(others).toEqual([
      expect.objectContaining({
        kind: 'HEADLINE',
        title: 'وفد من أرمن قره باغ يجري مفاوضات مع سلطات أذربيجان (فيديو)',
        linkedFrom: main?.id,
      }),
    ]);
    const talks = main?.events.find((event) => event.type === 'NEGOTIATION');
    const place = main?.entities.find((entity) => entity.id === talks?.place);
    expect(place?.name).toBe('Yevlakh');
  });

  it('reads an English "Also read" box as a linked headline, and leaves a list of links out', () => {
    const path = page(
      'english-read-also.html',
      `<html lang="en"><head><title>Talks in Jeddah</title></head><body><article>${ENGLISH_BODY}
      <div class="inline-box"><b>Also read:</b> <a href="/khartoum">Fighting resumes in Khartoum</a></div>
      <div class="related">Related stories<ul><li><a href="/a">Gaza ceasefire talks stall</a></li><li><a href="/b">Kyiv hit by drones</a></li></ul></div>
      </article></body></html>`,
    );
    const doc = readDocuments([path]).documents[0]?.doc;
    if (!doc) throw new Error('the page was not read');
    expect(doc.text).not.toContain('Gaza ceasefire talks stall');
    const headlines = extractDocument(doc, resources).filter((article) => article.kind === 'HEADLINE');
    expect(headlines.map((headline) => headline.title)).toEqual(['Fighting resumes in Khartoum']);
  });

  it('is recognised by its content whatever its name', () => {
    const path = join(dir, 'saved-page.txt');
    copyFileSync(PAGE, path);
    const doc = readDocuments([path]).documents[0]?.doc;
    expect(doc?.url).toBe('https://arabic.rt.com/world/1496063-azerbaijan-denies-attack/');
    expect(doc?.text).not.toContain('<p>');
  });

  it('falls back on og: and article: tags, and reports a broken JSON-LD block while the page goes in', () => {
    const path = page(
      'broken-ld.html',
      `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta property="og:title" content="Talks in Jeddah"><meta property="og:site_name" content="Sudan Tribune">
      <meta property="og:url" content="https://sudantribune.example/talks"><meta property="article:published_time" content="2023-05-06T09:00:00Z">
      </head><body><article>${ENGLISH_BODY}</article></body></html>`,
    );
    const { documents, warnings } = readDocuments([path]);
    expect(documents[0]?.doc).toMatchObject({
      title: 'Talks in Jeddah',
      source: 'Sudan Tribune',
      url: 'https://sudantribune.example/talks',
      publishedAt: '2023-05-06',
      language: 'en',
    });
    expect(warnings).toEqual([{ path, reason: expect.stringMatching(/^JSON-LD block 1 is not JSON/) }]);
  });

  it('reports a page without an article body and a page in another language by name, and reads the rest', () => {
    const empty = page(
      'empty.html',
      '<html><body><nav><a href="/">Accueil</a></nav><footer>©</footer></body></html>',
    );
    const french = page(
      'french.html',
      `<html lang="fr-FR"><body><article>${paragraph('Les négociations entre les deux parties ont repris samedi à Genève, selon un communiqué publié par le ministère des Affaires étrangères.'.repeat(3))}</article></body></html>`,
    );
    const { documents, failures } = readDocuments([empty, PAGE, french]);
    expect(documents.map((d) => d.path)).toEqual([PAGE]);
    expect(failures).toEqual([
      { path: empty, reason: 'no article body found in the page' },
      { path: french, reason: 'the page declares the language fr: only Arabic and English are extracted' },
    ]);
  });
  it('reports a page in another language that does not say so', () => {
    const french = page(
      'undeclared-french.html',
      `<html><body><article>${paragraph('Les négociations entre les deux parties ont repris samedi à Genève, selon un communiqué publié par le ministère des Affaires étrangères. Le président a déclaré que la délégation arrivera demain.')}</article></body></html>`,
    );
    expect(readDocuments([french]).failures).toEqual([
      { path: french, reason: 'unsupported language: Latin script but not English (too few English words)' },
    ]);
  });

  it('reads a page saved in the encoding its meta tag declares', () => {
    const path = page('windows-1256.html', WINDOWS_1256_PAGE.bytes);
    const { documents, failures } = readDocuments([path]);
    expect(failures).toEqual([]);
    expect(documents[0]?.doc).toMatchObject({ title: WINDOWS_1256_PAGE.title, language: 'ar' });
    expect(documents[0]?.doc.text).toMatch(/^بدأت في جدة يوم السبت مفاوضات/);
  });
  it('refuses a page nested deeper than any news page, at once rather than after minutes of Readability', () => {
    const deep = page(
      'deep.html',
      `<html><body>${'<div>'.repeat(2_000)}<article>${ENGLISH_BODY}</article>${'</div>'.repeat(2_000)}</body></html>`,
    );
    expect(readDocuments([deep]).failures).toEqual([
      { path: deep, reason: 'elements nested 2004 deep, over the limit of 200' },
    ]);
  });
});
