// The documentation stays navigable: the README stays short, every relative
// link and image in README.md, docs/*.md and bench-results/*.md points to a
// file that exists, and the docs' index lists every page of docs/. No
// browser, no build: `node --test tests/docs/`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const README_LIMIT = 12 * 1024;

const markdownIn = (dir) =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => join(dir, f))
    : [];
const FILES = ['README.md', ...markdownIn('docs'), ...markdownIn('bench-results')];

/** The link targets of a markdown text: inline links and images, and
 *  reference definitions, outside code blocks and code spans. */
export function linkTargets(text) {
  const prose = text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[^`]*?\1/g, '');
  const targets = [];
  for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm)) targets.push(m[1]);
  return targets;
}

/** A target that names a file of the repository (not a URL, not an anchor in the same page). */
const isRelative = (target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('//');

test('the README stays within 12 KB', () => {
  const size = statSync(join(ROOT, 'README.md')).size;
  assert.ok(size <= README_LIMIT, `README.md is ${size} bytes, over ${README_LIMIT}: move the detail into docs/`);
});

test('the link finder finds links and images, and skips code and URLs', () => {
  const sample = [
    'See [the data](docs/dataset.md#fields) and ![a picture](pic.png "title").',
    '[`code in text`](docs/using.md), `[not](a-link.md)`, [a site](https://example.org/x.md), [here](#top).',
    '```', '[in a fence](fenced.md)', '```',
    '[ref]: ../other.md',
  ].join('\n');
  const found = linkTargets(sample).filter(isRelative);
  assert.deepEqual(found, ['docs/dataset.md#fields', 'pic.png', 'docs/using.md', '../other.md']);
});

test('every relative link in README.md, docs/ and bench-results/ points to an existing file', () => {
  const broken = [];
  let checked = 0;
  for (const file of FILES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const target of linkTargets(text).filter(isRelative)) {
      const path = decodeURIComponent(target.split('#')[0].split('?')[0]);
      if (!path) continue;
      checked++;
      const full = resolve(ROOT, dirname(file), path);
      if (!full.startsWith(ROOT) || !existsSync(full)) broken.push(`${file}: ${target}`);
    }
  }
  assert.ok(checked > 0, 'no relative link found: the link finder is broken');
  assert.deepEqual(broken, [], `broken links:\n${broken.join('\n')}`);
});

test('the docs index (docs/README.md) links every page of docs/', () => {
  const index = readFileSync(join(ROOT, 'docs/README.md'), 'utf8');
  const listed = new Set(linkTargets(index).filter(isRelative).map((t) => relative(ROOT, resolve(ROOT, 'docs', t.split('#')[0]))));
  const missing = markdownIn('docs').filter((f) => f !== join('docs', 'README.md') && !listed.has(f));
  assert.deepEqual(missing, [], `add to docs/README.md: ${missing.join(', ')}`);
});
