// Prints bytes, gzip and brotli bytes of every file in dist/ and the total,
// then what the release wasm's bytes are spent on (twiggy, by crate and top
// functions: scripts/wasm-breakdown.mjs) when twiggy is installed.
// Usage: node scripts/size-report.mjs [dir] [--json out.json] [--wasm-out breakdown.txt]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { breakdown, breakdownTable } from './wasm-breakdown.mjs';

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
  const j = process.argv.indexOf('--json');
  if (j > 0) await writeFile(process.argv[j + 1], JSON.stringify(report, null, 2));
  let twiggy = true;
  try { execFileSync('twiggy', ['--version'], { stdio: 'ignore' }); } catch { twiggy = false; }
  if (twiggy) {
    const text = breakdownTable(breakdown());
    console.log(`\n${text}`);
    const w = process.argv.indexOf('--wasm-out');
    if (w > 0) await writeFile(process.argv[w + 1], `${text}\n`);
  } else {
    console.log('\n(twiggy is not installed: `cargo install --locked twiggy` for the breakdown of the wasm; scripts/bench.sh installs it)');
  }
}
