// Prints bytes, gzip and brotli bytes of every file in dist/ and the total,
// then what the release wasm's bytes are spent on (twiggy, by crate and top
// functions: scripts/wasm-breakdown.mjs) when twiggy is installed, then
// checks that the reader's wasm (the one at the top of dist/, not the
// studio's) holds none of FORBIDDEN_IN_READER_WASM: the exports' and
// citations' code belongs to build-time files and the studio page (issue 27).
// Exits 3 when it does (after printing everything; 1 on an error).
// Usage: node scripts/size-report.mjs [dir] [--json out.json] [--wasm-out breakdown.txt]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { breakdown, breakdownTable } from './wasm-breakdown.mjs';

/** The studio page's folder in dist/ (not the reader's). */
export const STUDIO = 'studio';

/** Literals of the export and selector code (W3C Web Annotation selectors,
 *  JSON-LD) that the reader's wasm must not contain. The one list: the
 *  benchmark (bench/run.mjs) checks the same. `@context` without quotes:
 *  serde stores a renamed field's name bare (`#[serde(rename = "@context")]`),
 *  and a quoted `"@context"` (a `json!` key) contains it too. */
export const FORBIDDEN_IN_READER_WASM = ['TextQuoteSelector', 'TextPositionSelector', '@context'];

/** The reader's wasm: the one `*_bg.wasm` at the top of `dir` (a studio
 *  page's wasm lives in a sub-folder). */
export async function readerWasm(dir = 'dist') {
  const found = (await readdir(dir)).filter((f) => f.endsWith('_bg.wasm'));
  if (found.length !== 1) throw new Error(`expected one *_bg.wasm at the top of ${dir}/, found: ${found.join(', ') || 'none'}`);
  return found[0];
}

/** Which of FORBIDDEN_IN_READER_WASM occur in `body` (the wasm's bytes). */
export function forbiddenInReaderWasm(body) {
  return FORBIDDEN_IN_READER_WASM.filter((literal) => body.includes(Buffer.from(literal, 'utf8')));
}

export async function sizes(dir = 'dist') {
  const rows = [];
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const body = await readFile(path);
        rows.push({
          file: relative(dir, path),
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
      }
    }
  }
  await walk(dir);
  rows.sort((a, b) => a.file.localeCompare(b.file));
  const total = rows.reduce(
    (t, r) => ({ file: 'total', bytes: t.bytes + r.bytes, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { file: 'total', bytes: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

export function table({ rows, total }) {
  const w = Math.max(...rows.map((r) => r.file.length), 5);
  const line = (r) => `${r.file.padEnd(w)}  ${String(r.bytes).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
  return [`${'file'.padEnd(w)}  ${'bytes'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`, ...rows.map(line), line(total)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist';
  const report = await sizes(dir);
  console.log(`\nSize of ${dir}/ (bytes, gzip -9, brotli 11):\n${table(report)}`);
  const studio = report.rows.filter((r) => r.file.startsWith(`${STUDIO}/`));
  if (studio.length) {
    const gz = (rows) => rows.reduce((t, r) => t + r.gzip, 0);
    console.log(`of which ${STUDIO}/ (the studio page, not the reader's): ${gz(studio)} gzip; the rest: ${report.total.gzip - gz(studio)} gzip`);
  }
  const j = process.argv.indexOf('--json');
  if (j > 0) await writeFile(process.argv[j + 1], JSON.stringify(report, null, 2));
  let twiggy = true;
  try { execFileSync('twiggy', ['--version'], { stdio: 'ignore' }); } catch { twiggy = false; }
  if (twiggy) {
    const b = breakdown();
    const text = breakdownTable(b);
    console.log(`\n${text}`);
    if (b.serializers.length) {
      console.log(`\nFAILED: the reader's wasm holds serializer code: ${b.serializers.slice(0, 5).join('; ')}${b.serializers.length > 5 ? ' …' : ''}`);
      process.exitCode = 3;
    } else {
      console.log('\nThe reader\'s wasm holds no serializer code (no serde Serialize, no serde_json writer).');
    }
    const w = process.argv.indexOf('--wasm-out');
    if (w > 0) await writeFile(process.argv[w + 1], `${text}\n`);
  } else {
    console.log('\n(twiggy is not installed: `cargo install --locked twiggy` for the breakdown of the wasm; scripts/bench.sh installs it)');
  }
  const wasm = await readerWasm(dir);
  const found = forbiddenInReaderWasm(await readFile(join(dir, wasm)));
  const listed = FORBIDDEN_IN_READER_WASM.map((l) => `'${l}'`).join(', ');
  if (found.length) {
    console.log(`\nFAILED: the reader's wasm (${dir}/${wasm}) contains export/selector code: ${found.map((l) => `'${l}'`).join(', ')} (it must hold none of ${listed})`);
    process.exitCode = 3;
  } else {
    console.log(`\nThe reader's wasm (${dir}/${wasm}) holds none of ${listed}: no export/selector code.`);
  }
}
