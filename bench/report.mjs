// The benchmark's record: each run's results go to a dated pair of files in
// bench-results/ (kept in git, the history), and its one results table
// replaces the one between two marker comments in docs/benchmark.md (only
// the latest is there). `node bench/report.mjs bench-results/<stamp>.json`
// writes that table again from a saved run, without measuring.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const RESULTS_DIR = 'bench-results';
export const DOC = 'docs/benchmark.md';
export const START = '<!-- bench:latest:start -->';
export const END = '<!-- bench:latest:end -->';

/** `2026-11-29T07:55:12.345Z` → `2026-11-29T0755Z`: sorts by time, safe in a file name. */
export function stamp(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso ?? '');
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${m[1]}T${m[2]}${m[3]}Z`;
}

/** The run's results table (`r.table`, from run.mjs's resultsTable) as markdown. */
export function latestTable(r, link) {
  const cell = (x) => String(x ?? '—').replaceAll('|', '\\|');
  const held = (ok) => (ok == null ? '—' : ok ? 'held' : '**missed**');
  const met = (ok) => (ok == null ? '—' : ok ? 'met' : 'not met');
  return [
    `Latest run: ${r.date.slice(0, 16)}Z, chromium ${r.chromium}, ${r.cpus} CPUs ([all its results](${link})).`,
    '',
    '| measure | measured | budget | goal | budget held | goal met |',
    '|---|--:|--:|--:|---|---|',
    ...r.table.map((b) => `| ${cell(b.name)} | ${cell(b.measured)} | ${cell(b.budget)} | ${cell(b.goal)} | ${held(b.ok)} | ${met(b.goalMet)} |`),
  ].join('\n');
}

/** `doc` with what lies between the markers replaced by `block`. */
export function replaceBetweenMarkers(doc, block) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} lacks the markers ${START} … ${END}`);
  return `${doc.slice(0, start + START.length)}\n${block}\n${doc.slice(end)}`;
}

async function rewriteDoc(r, resultsMd, doc) {
  const link = relative(dirname(doc), resultsMd).split('\\').join('/');
  await writeFile(doc, replaceBetweenMarkers(await readFile(doc, 'utf8'), latestTable(r, link)));
}

/**
 * Writes `<stamp>.md` (the full report, `md`) and `<stamp>.json` (every
 * figure) into bench-results/, then, for a complete run, the latest table
 * into docs/benchmark.md. Returns the paths written.
 */
export async function publish(r, md, { complete = true, dir = RESULTS_DIR, doc = DOC } = {}) {
  await mkdir(dir, { recursive: true });
  const base = join(dir, stamp(r.date));
  await writeFile(`${base}.md`, `${md.trimEnd()}\n`);
  await writeFile(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  const written = [`${base}.md`, `${base}.json`];
  if (complete) {
    await rewriteDoc(r, `${base}.md`, doc);
    written.push(doc);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file?.endsWith('.json')) {
    console.error('usage: node bench/report.mjs bench-results/<stamp>.json [docs/benchmark.md]');
    process.exit(2);
  }
  const doc = process.argv[3] ?? DOC;
  await rewriteDoc(JSON.parse(await readFile(file, 'utf8')), file.replace(/\.json$/, '.md'), doc);
  console.error(`${doc}: latest table from ${file}`);
}
