// Trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced):
// 1. adds the loader as a content-hashed file (Trunk injects none), so the
//    page's Content-Security-Policy needs no 'unsafe-inline' and no hash;
// 2. puts the prerendered masthead and article into index.html, so they are
//    painted before the wasm starts and read without JavaScript;
// 3. fills the page's title, description and language, the JSON-LD and the
//    app manifest's names, so nothing of one article leaks into another's build;
// 4. adds the share card (share.png, with ARTICLE_SITE_URL oembed.json) and
//    its Open Graph, Twitter Card, canonical and oEmbed tags
//    (scripts/share.mjs, docs/share-cards.md).
//    Steps 2 to 4 read what `scripts/build.sh` had the native `prerender`
//    binary and `explorer share` write once into $PRERENDER_DIR (no cargo
//    run in this hook);
// 5. minifies wasm-bindgen's JS bindings (esbuild, from npm): 8.1 KB of
//    gzip become 6.1 KB (docs/benchmark.md, first-load bytes); and the
//    stylesheets Trunk staged (esbuild again, each renamed by its new
//    content's hash, its link's integrity recomputed): 8.3 KB of gzip
//    become 5.5 KB; and drops the page's own comments (notes for whoever
//    edits index.html, not for the reader) and the leftover Trunk link;
// 6. copies the exports the build prepared (`exports.json`, `dataset.json`,
//    from the prerender binary) as content-hashed files named in the page's
//    <meta name="explorer:…">: the reader fetches them only when asked;
// 7. adds the voices overview that `prerender` wrote (docs/voices.md) as a
//    content-hashed file, named in index.html's <meta name="voices-overview">:
//    the app fetches it when the Voices view opens; it links its own
//    stylesheet (styles/voices.css, minified and content-hashed);
// 8. writes the service worker's precache manifest from the actual output,
//    without the share card's files (only unfurlers fetch them) and without
//    the prepared exports, the overview and its styles, which the worker
//    keeps once first fetched (their bytes are no part of the first load);
//    the worker's whole-line comments go (0.5 KB of gzip), its code stays
//    as written (tests read its `const MANIFEST = ` line).
// The studio's page (studio/index.html, a second `trunk build` into
// dist/studio/) gets steps 1 and 5 and its title and language only: it is
// not the reader's, and nothing of it is precached.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { transform } from 'esbuild';
import { SHARE_FILES, withShareTags } from './share.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk build');
const prerendered = process.env.PRERENDER_DIR;
if (!prerendered) throw new Error('PRERENDER_DIR is not set: build with scripts/build.sh');
const readPrerendered = (name) => readFile(join(prerendered, name), 'utf8');
const hash = (data) => createHash('sha256').update(data).digest('hex');

const isStudio = (process.env.TRUNK_HTML_FILE ?? '').replace(/\\/g, '/').endsWith('studio/index.html');
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
// Trunk injects no loader (`inject_scripts = false` in Trunk.toml); ours
// takes the staged file names of the wasm and its bindings. It starts the
// app after the prerendered article has painted (the first frame, or 100 ms
// in a hidden tab), so the wasm download never delays that paint; and no
// preloads, which would compete with that paint.
const staged = await readdir(dir);
const wasmFile = staged.filter((f) => f.endsWith('_bg.wasm'));
if (wasmFile.length !== 1) throw new Error(`expected one staged *_bg.wasm, found: ${wasmFile.join(', ') || 'none'}`);
const bindingsJs = wasmFile[0].replace(/_bg\.wasm$/, '.js');
if (!staged.includes(bindingsJs)) throw new Error(`the wasm's bindings ${bindingsJs} were not staged`);
const bindingsPath = join(dir, bindingsJs);
const minified = await transform(await readFile(bindingsPath, 'utf8'), { minify: true, format: 'esm' });
await writeFile(bindingsPath, minified.code);
const loader = `await new Promise((ok) => {
  requestAnimationFrame(() => setTimeout(ok, 0));
  setTimeout(ok, 100);
});
const bindings = await import('./${bindingsJs}');
const wasm = await bindings.default({ module_or_path: './${wasmFile[0]}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
`;
const loaderName = `loader-${hash(loader).slice(0, 16)}.js`;
await writeFile(join(dir, loaderName), loader);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is in index.html');
html = await withMinifiedStyles(html.replace(/\n *<!--[\s\S]*?-->/g, '').replace(/\n *<link data-trunk [^>]*>/g, '').replace(/\n\s*\n/g, '\n'));
if (isStudio) {
  const meta = JSON.parse(await readPrerendered('meta.json'));
  html = html
    .replace('</head>', `  <script type="module" src="./${loaderName}"></script>\n</head>`)
    .replace('__ARTICLE_TITLE__', () => escapeHtml(meta.title))
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(meta.language)}">`);
  await writeFile(indexPath, html);
  console.log(`post-build (studio): loader ${loaderName}`);
  process.exit(0);
}
if (!html.includes('<div id="prerender"></div>')) throw new Error('index.html has no prerender placeholder');
html = html.replace('</head>', `  <script type="module" src="./${loaderName}"></script>\n</head>`);
// Function replacements throughout: a `$'` or `$&` in the article's text
// must stay text, not become a replacement pattern.
const markup = await readPrerendered('prerender.html');
if (!markup.startsWith('<div id="prerender"')) throw new Error(`unexpected prerender output: ${markup.slice(0, 200)}`);
html = html.replace('<div id="prerender"></div>', () => markup);
const meta = JSON.parse(await readPrerendered('meta.json'));
for (const placeholder of ['__ARTICLE_TITLE__', '__ARTICLE_DESCRIPTION__']) {
  if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder} placeholder`);
}
html = html
  .replace('__ARTICLE_TITLE__', () => escapeHtml(meta.title))
  .replace('__ARTICLE_DESCRIPTION__', () => escapeHtml(meta.description))
  .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(meta.language)}">`);
html = withShareTags(html, await readPrerendered('share/tags.html'));
for (const file of SHARE_FILES) {
  await copyFile(join(prerendered, 'share', file), join(dir, file)).catch((e) => {
    if (e.code !== 'ENOENT') throw e; // oembed.json only with a site address
  });
}
html = withJsonLd(html, await readPrerendered('jsonld.json'));
const prepared = [];
for (const name of ['exports', 'dataset']) {
  const body = await readFile(join(prerendered, `${name}.json`));
  const file = `${name}-${hash(body).slice(0, 16)}.json`;
  await writeFile(join(dir, file), body);
  prepared.push(file);
  html = html.replace('</head>', () => `  <meta name="explorer:${name}" content="./${file}" />\n</head>`);
}
// Its styles load with it, not with the page: a content-hashed, minified
// copy of styles/voices.css, linked at the markup's start.
const voicesCss = await minifiedCss(await readFile(new URL('../styles/voices.css', import.meta.url), 'utf8'));
const cssName = `voices-${hash(voicesCss).slice(0, 16)}.css`;
await writeFile(join(dir, cssName), voicesCss);
const overview = `<link rel="stylesheet" href="./${cssName}" />${await readPrerendered('voices.html')}`;
const overviewFile = `voices-${hash(overview).slice(0, 16)}.html`;
await writeFile(join(dir, overviewFile), overview);
html = html.replace('</head>', () => `  <meta name="voices-overview" content="./${overviewFile}" />\n</head>`);
const lazy = [overviewFile, cssName, ...prepared];
await writeFile(indexPath, html);
// The same meta, counts included, for the tests to read (they run no
// cargo): not precached, the app never asks for it.
await writeFile(join(dir, 'page-meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
const manifestPath = join(dir, 'manifest.webmanifest');
const webManifest = JSON.parse(await readFile(manifestPath, 'utf8'));
Object.assign(webManifest, { name: meta.title, short_name: meta.short_name, description: meta.description, lang: meta.language });
await writeFile(manifestPath, `${JSON.stringify(webManifest, null, 2)}\n`);

const files = [];
async function walk(d) {
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) await walk(p);
    else files.push(relative(dir, p).split('\\').join('/'));
  }
}
await walk(dir);
const precached = files.filter((f) => !['sw.js', 'embed-host.js', 'page-meta.json', ...SHARE_FILES, ...lazy].includes(f)).sort();
const manifest = [];
for (const url of precached) manifest.push({ url, revision: hash(await readFile(join(dir, url))).slice(0, 16) });
const version = hash(JSON.stringify(manifest)).slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace(/^\s*\/\/.*\n/gm, '')
  .replace('self.__WB_MANIFEST', () => JSON.stringify(manifest))
  .replace('self.__PRECACHE_VERSION', JSON.stringify(version))
  .replace('self.__LAZY_FILES', () => JSON.stringify(lazy));
await writeFile(swPath, sw);
console.log(`post-build: loader ${loaderName}; precache ${manifest.length} files, version ${version}; on use: ${lazy.join(', ')}`);

/**
 * `page` with each stylesheet Trunk staged (a `<link rel="stylesheet"
 * href="./NAME-HASH.css" integrity="sha384-…">`) minified by esbuild,
 * renamed by its new content's hash and its integrity recomputed.
 */
async function withMinifiedStyles(page) {
  const links = [...page.matchAll(/<link rel="stylesheet" href="\.\/([\w.-]+)-[0-9a-f]+\.css" integrity="sha384-[^"]+"\/>/g)];
  if (links.length === 0) throw new Error('index.html links no stylesheet staged by Trunk');
  for (const [link, stem] of links) {
    const staged = link.match(/href="\.\/([^"]+)"/)[1];
    const code = await minifiedCss(await readFile(join(dir, staged), 'utf8'));
    const file = `${stem}-${hash(code).slice(0, 16)}.css`;
    await rm(join(dir, staged));
    await writeFile(join(dir, file), code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    page = page.replace(link, () => `<link rel="stylesheet" href="./${file}" integrity="${integrity}"/>`);
  }
  return page;
}

/** A stylesheet minified by esbuild, its non-ASCII characters kept as they are. */
async function minifiedCss(css) {
  return (await transform(css, { loader: 'css', minify: true, charset: 'utf8' })).code;
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The page's schema.org metadata (article, quoted claims, dataset), written
 * natively from the same dataset (escaped so that it cannot close its
 * element), as a JSON-LD data block in <head>: a data block, not a script,
 * so the CSP needs no 'unsafe-inline'.
 */
function withJsonLd(page, out) {
  JSON.parse(out);
  if (/[<>&]/.test(out)) throw new Error('the JSON-LD is not escaped for HTML');
  return page.replace('</head>', () => `  <script type="application/ld+json">${out}</script>\n</head>`);
}
