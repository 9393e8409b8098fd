// Trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced):
// 1. replaces Trunk's inline loader script with a content-hashed file, so the
//    page's Content-Security-Policy needs no 'unsafe-inline' and no hash;
// 2. prerenders the article into index.html, in the app's own layout, so it
//    is painted before the wasm starts and read without JavaScript;
// 3. writes the service worker's precache manifest from the actual output.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk build');
const hash = (data) => createHash('sha256').update(data).digest('hex');

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('Trunk loader script not found in index.html');
// Our own loader, from the names in Trunk's: it starts the app after the
// prerendered article has painted (the first frame, or 100 ms in a hidden
// tab), so the wasm download never delays that paint.
const bindingsJs = match[1].match(/from '(\.\/[^']+\.js)'/)?.[1];
const wasmFile = match[1].match(/module_or_path: '(\.\/[^']+\.wasm)'/)?.[1];
if (!bindingsJs || !wasmFile) throw new Error(`unexpected Trunk loader:\n${match[1]}`);
const loader = `await new Promise((ok) => {
  requestAnimationFrame(() => setTimeout(ok, 0));
  setTimeout(ok, 100);
});
const bindings = await import('${bindingsJs}');
const wasm = await bindings.default({ module_or_path: '${wasmFile}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
const loaderName = `loader-${hash(loader).slice(0, 16)}.js`;
await writeFile(join(dir, loaderName), loader);
html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
// No preloads: they would compete with the article's first paint.
html = html.replace(/<link rel="(?:module)?preload"[^>]*>/g, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
html = html.replace('<div id="prerender"></div>', await prerender());
await writeFile(indexPath, html);

const files = [];
async function walk(d) {
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) await walk(p);
    else files.push(relative(dir, p).split('\\').join('/'));
  }
}
await walk(dir);
const precached = files.filter((f) => f !== 'sw.js' && f !== 'embed-host.js').sort();
const manifest = [];
for (const url of precached) manifest.push({ url, revision: hash(await readFile(join(dir, url))).slice(0, 16) });
const version = hash(JSON.stringify(manifest)).slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace('self.__WB_MANIFEST', JSON.stringify(manifest))
  .replace('self.__PRECACHE_VERSION', JSON.stringify(version));
await writeFile(swPath, sw);
console.log(`post-build: loader ${loaderName}; precache ${manifest.length} files, version ${version}`);

/** The article as static HTML, in the markup and layout the app renders. */
async function prerender() {
  const dataDir = process.env.ARTICLE_DATA_DIR ?? 'data';
  const article = await readFile(join(dataDir, 'article.txt'), 'utf8');
  const dataset = JSON.parse(await readFile(join(dataDir, 'dataset.json'), 'utf8'));
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const heads = new Set(dataset.article.section_heads.map((h) => h.text));
  const title = esc(dataset.article.title);
  let body = '<section>';
  for (const block of article.split('\n\n').map((b) => b.trim()).filter(Boolean)) {
    body += heads.has(block) ? `</section><section><h3>${esc(block)}</h3>` : `<p>${esc(block)}</p>`;
  }
  body += '</section>';
  const note = dataset.article.title_editor_supplied
    ? '<p class="editor-note">The article has no headline; this title is supplied by the editor. Highlighted passages are the sources of the current results: choose one to see its statement or figure.</p>'
    : '';
  return `<div id="prerender" class="app prerender">
<header class="masthead"><h1>Article explorer</h1><p class="subtitle">Who said what, through which channel, about whom, and which claimed figures contradict each other, in: <cite>${title}</cite></p></header>
<main><div class="controls"></div><div class="layout"><div class="facets"></div>
<div class="results-pane"><p class="result-count">Loading the explorer…</p><noscript><p>The explorer's filters need JavaScript and WebAssembly; the article is below.</p></noscript></div>
<div class="article-pane"><article class="article" lang="${esc(dataset.article.language)}"><h2>${title}</h2>${note}${body}</article></div></div></main></div>`;
}
