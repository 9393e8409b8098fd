// Trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced):
// 1. adds the loader as a content-hashed file (Trunk injects none), so the
//    page's Content-Security-Policy needs no 'unsafe-inline' and no hash;
// 2. prerenders the masthead and article into index.html from the app's own
//    components, so they are painted before the wasm starts and read
//    without JavaScript;
// 3. fills the page's title, description and language, and the app
//    manifest's names, from the dataset (`prerender --meta`, the core's
//    `meta::page_meta`), so nothing of one article leaks into another's build;
// 4. writes the share card (share.png, with ARTICLE_SITE_URL oembed.json) and
//    its Open Graph, Twitter Card, canonical and oEmbed tags (`explorer
//    share`, scripts/share.mjs, docs/share-cards.md);
// 5. minifies wasm-bindgen's JS bindings (esbuild, from npm): 8.1 KB of
//    gzip become 6.1 KB (README "Benchmark", first-load bytes);
// 6. writes the service worker's precache manifest from the actual output,
//    without the share card's files (only unfurlers fetch them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { transform } from 'esbuild';
import { SHARE_FILES, shareTags, withShareTags } from './share.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through trunk build');
const hash = (data) => createHash('sha256').update(data).digest('hex');

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
if (!html.includes('<div id="prerender"></div>')) throw new Error('index.html has no prerender placeholder');
html = html.replace('</head>', `  <script type="module" src="./${loaderName}"></script>\n</head>`);
// Function replacements throughout: a `$'` or `$&` in the article's text
// must stay text, not become a replacement pattern.
const markup = prerender();
html = html.replace('<div id="prerender"></div>', () => markup);
const meta = JSON.parse(runPrerender(['--meta']));
for (const placeholder of ['__ARTICLE_TITLE__', '__ARTICLE_DESCRIPTION__']) {
  if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder} placeholder`);
}
html = html
  .replace('__ARTICLE_TITLE__', () => escapeHtml(meta.title))
  .replace('__ARTICLE_DESCRIPTION__', () => escapeHtml(meta.description))
  .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(meta.language)}">`);
html = withShareTags(html, shareTags({
  dataDir: process.env.ARTICLE_DATA_DIR ?? 'data',
  outDir: dir,
  siteUrl: process.env.ARTICLE_SITE_URL || undefined,
}));
html = withJsonLd(html);
await writeFile(indexPath, html);
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
const precached = files.filter((f) => f !== 'sw.js' && f !== 'embed-host.js' && !SHARE_FILES.includes(f)).sort();
const manifest = [];
for (const url of precached) manifest.push({ url, revision: hash(await readFile(join(dir, url))).slice(0, 16) });
const version = hash(JSON.stringify(manifest)).slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace('self.__WB_MANIFEST', () => JSON.stringify(manifest))
  .replace('self.__PRECACHE_VERSION', JSON.stringify(version));
await writeFile(swPath, sw);
console.log(`post-build: loader ${loaderName}; precache ${manifest.length} files, version ${version}`);

/**
 * The masthead and article as the app renders them, from the app's own
 * components (Yew's server renderer, `src/bin/prerender.rs`), built natively
 * for the same dataset (`ARTICLE_DATA_DIR`, as the wasm build).
 */
function prerender() {
  const out = runPrerender([]);
  if (!out.startsWith('<div id="prerender"')) throw new Error(`unexpected prerender output: ${out.slice(0, 200)}`);
  return out;
}

/** Runs the native prerender binary (`--meta`: the page meta as JSON). */
function runPrerender(args) {
  return execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The page's schema.org metadata (article, quoted claims, dataset), written
 * natively from the same dataset (`prerender --jsonld`, escaped so that it
 * cannot close its element), as a JSON-LD data block in <head>: a data
 * block, not a script, so the CSP needs no 'unsafe-inline'.
 */
function withJsonLd(page) {
  const out = runPrerender(['--jsonld']);
  JSON.parse(out);
  if (/[<>&]/.test(out)) throw new Error('the JSON-LD is not escaped for HTML');
  return page.replace('</head>', () => `  <script type="application/ld+json">${out}</script>\n</head>`);
}
