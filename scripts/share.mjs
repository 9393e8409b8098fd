// The share card step (issue 30, docs/share-cards.md): `explorer share`
// (cli/src/share.rs, from the core's share module) writes share.png, and
// with a site address oembed.json, into a built folder, and prints the Open
// Graph, Twitter Card, canonical and oEmbed tags, which go into its
// index.html's <head> between two markers. The markers let the step run
// again on a copy of dist/ with another address (the share e2e test does,
// with its server's), without rebuilding the wasm.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The files the step writes: served, but never precached (the page
 *  itself never fetches them). */
export const SHARE_FILES = ['share.png', 'oembed.json'];
const START = '<!-- share card: explorer share -->';
const END = '<!-- /share card -->';

/** Runs `explorer share DATA_DIR OUT_DIR [--site-url URL]`; returns the
 *  head tags. Its notice (no site address) goes to stderr. */
export function shareTags({ dataDir, outDir, siteUrl }) {
  const args = ['run', '--quiet', '-p', 'explorer-cli', '--', 'share', dataDir, outDir];
  if (siteUrl) args.push('--site-url', siteUrl);
  return execFileSync('cargo', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** `html` with `tags` in its <head>: in place of an earlier step's, or
 *  before </head>. */
export function withShareTags(html, tags) {
  const block = `  ${START}\n${tags}  ${END}\n`;
  const start = html.indexOf(`  ${START}\n`);
  if (start >= 0) {
    const end = html.indexOf(`${END}\n`, start);
    if (end < 0) throw new Error('index.html has an unclosed share card block');
    return html.slice(0, start) + block + html.slice(end + END.length + 1);
  }
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  return html.replace('</head>', () => `${block}</head>`);
}

/** The whole step on a built folder (its index.html rewritten in place). */
export async function writeShare(dir, { dataDir, siteUrl }) {
  const tags = shareTags({ dataDir, outDir: dir, siteUrl });
  const indexPath = join(dir, 'index.html');
  await writeFile(indexPath, withShareTags(await readFile(indexPath, 'utf8'), tags));
}
