// Citable: the exports' W3C Web Annotation selectors resolved by a real
// consumer (@apache-annotator/dom) against the app's own rendered article,
// "Cite this" with the clipboard allowed and denied, and the page's
// schema.org JSON-LD expanded by the `jsonld` package with no network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import jsonld from 'jsonld';
import { launch, startServer, openApp, readDataset, settled, BASE, SHOTS } from './browser.mjs';

const BUNDLE = 'target/e2e/apache-annotator.js';
let browser, server, dataset;
before(async () => {
  await mkdir(SHOTS, { recursive: true });
  // @apache-annotator/dom as one IIFE (window.ApacheAnnotator) for
  // addScriptTag; it imports @apache-annotator/selector at run time.
  await build({
    stdin: {
      contents: "export { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'iife',
    globalName: 'ApacheAnnotator',
    platform: 'browser',
    target: 'es2020',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
  dataset = await readDataset();
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (t, query = '', options = {}) => openApp(t, browser, server.origin, query, options);

async function download(page, button) {
  // The footer is far below: let the rows above it lay out before the click.
  const target = page.getByRole('button', { name: button, exact: true });
  await target.scrollIntoViewIfNeeded();
  await settled(page);
  const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Every target of "Get the data", as [kind, id, target]. */
function targetsOf(everything) {
  const out = [];
  for (const [kind, items] of Object.entries(everything.targets)) {
    for (const [id, t] of Object.entries(items)) {
      for (const one of Array.isArray(t) ? t : [t]) out.push([kind, id, one]);
    }
  }
  return out;
}

/** In the page: resolves each TextQuoteSelector with Apache Annotator within
 *  the article's sections (not its title or editor's note), returning the
 *  text of every match. */
function resolveInPage(selectors) {
  const sections = document.querySelectorAll('article.article > section');
  const scope = document.createRange();
  scope.setStartBefore(sections[0]);
  scope.setEndAfter(sections[sections.length - 1]);
  return Promise.all(selectors.map(async (selector) => {
    const found = [];
    for await (const range of window.ApacheAnnotator.createTextQuoteSelectorMatcher(selector)(scope)) {
      found.push(range.toString());
    }
    return found;
  }));
}

test('@apache-annotator/dom resolves every exported quote selector to its one passage', async (t) => {
  const page = await open(t, '', { bypassCSP: true });
  assert.equal(await page.locator('article.article').count(), 1);
  const everything = await download(page, 'Get the data');
  const targets = targetsOf(everything);
  const exported = await download(page, 'Export JSON');
  // The JSON export's rows carry the same targets as Get the data.
  const byId = new Map(targets.map(([, id, target]) => [id, target]));
  assert.equal(exported.rows.length, dataset.statements.length + dataset.figures.length);
  for (const row of exported.rows) {
    assert.deepEqual(row.target, byId.get(row.id), row.id);
    assert.equal(row.target.selector[0].exact, row.span.text);
  }
  const source = `urn:article-explorer:${everything.content_hash}`;
  assert.ok(targets.every(([, , target]) => target.source === source));

  await page.addScriptTag({ path: BUNDLE });
  const quotes = targets.map(([, , target]) => target.selector.find((s) => s.type === 'TextQuoteSelector'));
  const found = await page.evaluate(resolveInPage, quotes);
  const failures = quotes
    .map((q, i) => ({ id: targets[i][1], exact: q.exact, found: found[i] }))
    .filter(({ exact, found }) => found.length !== 1 || found[0] !== exact);
  assert.deepEqual(failures, [], 'every selector resolves to exactly one range whose text is exact');

  const perKind = {};
  for (const [kind] of targets) perKind[kind] = (perKind[kind] ?? 0) + 1;
  const withContext = quotes.filter((q) => q.prefix || q.suffix).length;
  console.log(`# resolved ${quotes.length}/${quotes.length} quote selectors: ${JSON.stringify(perKind)}; ${withContext} need a prefix or suffix`);
  assert.deepEqual(perKind, {
    statements: dataset.statements.length,
    figures: dataset.figures.length,
    people: dataset.people.length,
    places: dataset.places.reduce((n, p) => n + p.spans.length, 0),
    times: dataset.times.length,
  });
});

test('a selector whose passage is altered is an orphan, not matched elsewhere', async (t) => {
  const page = await open(t, '', { bypassCSP: true });
  const targets = targetsOf(await download(page, 'Get the data'));
  const article = await readFile(join(process.env.ARTICLE_DATA_DIR ?? 'data', 'article.txt'), 'utf8');
  // A passage whose words occur elsewhere too: only its context tells the
  // two apart.
  const repeated = targets
    .map(([, , target]) => target.selector[0])
    .find((q) => (q.prefix || q.suffix) && article.split(q.exact).length > 2);
  assert.ok(repeated, 'the article has a selector that needs its context');
  await page.addScriptTag({ path: BUNDLE });
  const before = await page.evaluate(resolveInPage, [repeated]);
  assert.deepEqual(before, [[repeated.exact]]);
  // Alter the passage in the page: its text is gone, the same words remain
  // elsewhere in the article.
  const still = await page.evaluate(async (q) => {
    const sections = document.querySelectorAll('article.article > section');
    const scope = document.createRange();
    scope.setStartBefore(sections[0]);
    scope.setEndAfter(sections[sections.length - 1]);
    for await (const range of window.ApacheAnnotator.createTextQuoteSelectorMatcher(q)(scope)) {
      range.deleteContents();
      range.insertNode(document.createTextNode('[passage removed]'));
      break;
    }
    return document.querySelector('article.article').textContent.includes(q.exact);
  }, repeated);
  assert.ok(still, 'the exact words still occur elsewhere in the article');
  const after = await page.evaluate(resolveInPage, [repeated]);
  assert.deepEqual(after, [[]], 'orphaned: zero matches');
  console.log(`# orphan: "${repeated.prefix}[${repeated.exact}]${repeated.suffix}" resolves to nothing once altered`);
});

/** The first statement row, its id and its citation's expected parts. */
async function firstStatement(page) {
  const row = page.locator('li.row.statement:not([hidden])').first();
  const id = (await row.getAttribute('id')).replace(/^item-/, '');
  const statement = dataset.statements.find((s) => s.id === id);
  assert.ok(statement, `row ${id} is a statement`);
  return { row, statement };
}

/** A span of the dataset source: written as a quote, or with offsets. */
const textOf = (span) => span.quote ?? span.text;

function assertCitation(text, statement, hash) {
  const link = `${server.origin}${BASE}?sel=${statement.id}`;
  assert.ok(text.includes(textOf(statement.span).replace(/^[“”"]+|[“”"]+$/g, '')), text);
  assert.ok(text.includes(`\nArticle: ${dataset.article.title}\n`), text);
  assert.ok(text.includes(`\nArticle explorer: ${link}\n`), text);
  assert.ok(text.endsWith(`Data version ${dataset.version}, content hash ${hash}.`), text);
}

test('Cite this copies the citation and the annotation JSON', async (t) => {
  const page = await open(t, '', { permissions: ['clipboard-read', 'clipboard-write'] });
  const { row, statement } = await firstStatement(page);
  const everything = await download(page, 'Get the data');
  const cite = row.getByRole('button', { name: /^Cite this/ });
  // A real button in the card's menu: opened, reached and pressed from the
  // keyboard.
  await row.locator('details.card-menu > summary').press('Enter');
  await cite.focus();
  await page.keyboard.press('Enter');
  await page.locator('.toast[role="status"]').getByText('Citation copied.').waitFor();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  assertCitation(citation, statement, everything.content_hash);
  console.log(`# citation:\n${citation.replace(/^/gm, '#   ')}`);

  await row.getByRole('button', { name: /^Copy annotation JSON/ }).click();
  await page.locator('.toast[role="status"]').getByText('Annotation JSON copied.').waitFor();
  const annotation = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(annotation['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(annotation.type, 'Annotation');
  assert.deepEqual(annotation.target, everything.targets.statements[statement.id]);
  assert.equal(annotation.body.value, citation);
  await row.scrollIntoViewIfNeeded();
  await row.screenshot({ path: `${SHOTS}/cite-row.png` });
});

test('Cite this with the clipboard denied shows the citation to copy by hand', async (t) => {
  const page = await open(t, '', {
    init: () => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    },
  });
  const { row, statement } = await firstStatement(page);
  const hash = (await download(page, 'Get the data')).content_hash;
  await row.locator('details.card-menu > summary').click();
  await row.getByRole('button', { name: /^Cite this/ }).click();
  const toast = page.locator('.toast[role="status"]');
  await toast.filter({ hasText: /\S/ }).waitFor();
  assert.equal(await toast.textContent(), 'Citation not copied: select it below the quote and copy it.');
  const box = row.getByRole('textbox', { name: 'Citation to copy' });
  await box.waitFor();
  assertCitation(await box.inputValue(), statement, hash);
  assert.equal(await box.evaluate((el) => document.activeElement === el && el.selectionEnd - el.selectionStart === el.value.length), true,
    'focused and selected, ready to copy');
  await row.screenshot({ path: `${SHOTS}/cite-row-by-hand.png` });

  await row.getByRole('button', { name: /^Copy annotation JSON/ }).click();
  const json = row.getByRole('textbox', { name: 'Annotation JSON to copy' });
  await json.waitFor();
  assert.equal(JSON.parse(await json.inputValue()).target.selector[0].exact, textOf(statement.span));
});

/** The schema.org context, local: `@vocab` is enough to expand the terms,
 *  and nothing is fetched. */
const SCHEMA_CONTEXT = { '@context': { '@vocab': 'https://schema.org/' } };
const SCHEMA_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.json', 'https://schema.org/docs/jsonldcontext.jsonld']);
const fetched = [];
async function documentLoader(url) {
  fetched.push(url);
  if (SCHEMA_URLS.has(url)) return { contextUrl: null, document: SCHEMA_CONTEXT, documentUrl: url };
  throw new Error(`no network in this test: ${url}`);
}

test('the page carries schema.org JSON-LD that expands offline, with no CSP violation', async (t) => {
  const page = await open(t, '', {
    init: () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    },
  });
  const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents();
  assert.equal(blocks.length, 1);
  const expanded = await jsonld.expand(JSON.parse(blocks[0]), { documentLoader });
  assert.ok(fetched.every((u) => SCHEMA_URLS.has(u)), `only the local context is loaded: ${fetched}`);
  const S = 'https://schema.org/';
  const ofType = (type) => expanded.filter((n) => n['@type']?.includes(S + type));
  const value = (node, key) => node[S + key]?.[0]?.['@value'];
  const [article] = ofType('NewsArticle');
  assert.equal(value(article, 'headline'), dataset.article.title);
  const [data] = ofType('Dataset');
  assert.equal(value(data, 'version'), dataset.version);
  const newest = dataset.corrections.map((c) => c.date).sort().at(-1);
  if (newest) assert.equal(value(data, 'dateModified'), newest);
  assert.match(value(data, 'license'), /^https:\/\//);
  const quoted = dataset.statements.filter((s) => s.mode === 'full_quote' || s.mode === 'partial_quote');
  const claims = ofType('Claim');
  assert.equal(claims.length, quoted.length);
  for (const claim of claims) {
    const author = claim[S + 'author'][0];
    assert.ok(author['@type'].some((t) => t === S + 'Person' || t === S + 'Organization'));
    assert.ok(value(author, 'name'));
    assert.equal(claim[S + 'appearance'][0]['@id'], article['@id']);
  }
  console.log(`# JSON-LD: 1 NewsArticle, 1 Dataset, ${claims.length} Claims; loaded only ${[...new Set(fetched)].join(', ')}`);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
});
