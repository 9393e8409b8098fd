// What the release wasm's bytes are spent on (docs/benchmark.md, "Bytes of the wasm"):
// twiggy's `top` on a copy of the wasm that keeps its function names,
// grouped by crate, plus the largest functions and data segments.
//
// The shipped wasm has no names (wasm-opt drops them), so this optimizes
// wasm-bindgen's output (target/wasm-bindgen/release/*_bg.wasm, which Trunk
// leaves there) again with index.html's wasm-opt flags plus `-g`, and subtracts
// the name section: the copy is within a few hundred bytes of dist/'s wasm
// (printed).
// Usage: node scripts/wasm-breakdown.mjs [--top N] [--json out.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const UNNAMED = /^(<)?(T|U|F|I|S|V|K|str|char|bool|u8|u16|u32|u64|u128|usize|i8|i16|i32|i64|i128|isize|f32|f64|\[.*|&.*|\(.*|dyn .*|\*.*)$/;

/** The crate a twiggy item's bytes belong to: for `<A as B>::f` the crate
 *  of A (of B when A is a primitive or a type parameter); a component's
 *  view (Yew's `CompStateInner<COMP>::view`, where the app's `html!` is
 *  inlined) is named as such. */
export function crateOf(name) {
  if (name.startsWith('data segment')) return 'data segments (rodata: strings, tables, embedded data)';
  if (name.startsWith('"function names"') || name.startsWith('"data names"') || name.startsWith('"local names"')) return null; // names: not shipped
  if (/^(type|import|export|elem|table|memory|global|code|custom section)\b/.test(name) || name.startsWith('"')) return 'wasm sections (imports, exports, types, tables)';
  if (/CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/.test(name)) return 'app views (html! in Yew CompStateInner::view)';
  const clean = name.replace(/\[[0-9a-f]{16}\]/g, '');
  let subject = clean;
  if (clean.startsWith('<')) {
    // Split `<A as B>::rest` at depth 1.
    let depth = 0; let asAt = -1; let end = -1;
    for (let i = 0; i < clean.length; i++) {
      const c = clean[i];
      if (c === '<') depth++;
      else if (c === '>') { depth--; if (depth === 0) { end = i; break; } }
      else if (depth === 1 && clean.startsWith(' as ', i)) asAt = i;
    }
    const a = clean.slice(1, asAt >= 0 ? asAt : end).replace(/^impl /, '');
    const b = asAt >= 0 ? clean.slice(asAt + 4, end) : '';
    subject = UNNAMED.test(a) || !/::/.test(a) ? (b || a) : a;
  }
  subject = subject.replace(/^(&|\*|mut |const |dyn |impl )+/, '');
  const m = subject.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (!m) return /^(str|char|u\d+|i\d+|usize|isize|f\d+|\[)/.test(subject) ? 'core' : 'other (no crate in the name)';
  let krate = m[1];
  if (krate === 'core' && /^core::fmt/.test(subject)) krate = 'core::fmt';
  return krate;
}

function namedWasm() {
  const dir = join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm-bindgen', 'release');
  // The reader's, by its binary's name: the studio's wasm is built there too.
  const input = readdirSync(dir).find((f) => f === 'article-explorer_bg.wasm');
  if (!input) throw new Error(`no article-explorer_bg.wasm in ${dir}: build first (scripts/build.sh)`);
  const out = join(mkdtempSync(join(tmpdir(), 'wasm-breakdown-')), 'named.wasm');
  // The flags Trunk passes: index.html's data-wasm-opt level and params.
  const html = readFileSync('index.html', 'utf8');
  const level = html.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? 'z';
  const params = (html.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
  execFileSync('node_modules/.bin/wasm-opt', [`-O${level}`, ...params, '-g', join(dir, input), '-o', out], { stdio: 'inherit' });
  return out;
}

export function breakdown({ top = 25 } = {}) {
  const path = namedWasm();
  const items = JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'json', path], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  const wasmBytes = statSync(path).size;
  rmSync(join(path, '..'), { recursive: true, force: true });
  const names = items.filter((i) => crateOf(i.name) === null).reduce((s, i) => s + i.shallow_size, 0);
  const shipped = items.filter((i) => crateOf(i.name) !== null);
  const total = shipped.reduce((s, i) => s + i.shallow_size, 0);
  const byCrate = new Map();
  for (const i of shipped) {
    const c = crateOf(i.name);
    const e = byCrate.get(c) ?? { crate: c, bytes: 0, items: 0 };
    e.bytes += i.shallow_size; e.items += 1;
    byCrate.set(c, e);
  }
  const crates = [...byCrate.values()].sort((a, b) => b.bytes - a.bytes);
  const functions = shipped.filter((i) => !i.name.startsWith('data segment') && !i.name.startsWith('"'))
    .slice(0, top).map((i) => ({ name: i.name.replace(/::h[0-9a-f]{16}$/, ''), bytes: i.shallow_size }));
  const data = shipped.filter((i) => i.name.startsWith('data segment')).slice(0, 5).map((i) => ({ name: i.name, bytes: i.shallow_size }));
  // Serializer code (serde's Serialize, serde_json's writer): the reader's
  // exports are prepared at build time, so its wasm should hold none.
  const serializers = shipped.filter((i) => /serde(_core)?::ser::|as serde(_core)?::Serialize|serde_json::ser::/.test(i.name))
    .map((i) => i.name.replace(/::h[0-9a-f]{16}$/, ''));
  return { wasmBytes: wasmBytes - names, total, crates, functions, data, serializers };
}

export function breakdownTable(b) {
  const pct = (x) => `${((100 * x) / b.total).toFixed(1)}%`;
  const L = [`Release wasm by crate (twiggy top, named copy: ${b.total} bytes without its name section):`,
    `${'bytes'.padStart(8)}  ${'share'.padStart(6)}  crate`];
  for (const c of b.crates.filter((c) => c.bytes >= 256)) L.push(`${String(c.bytes).padStart(8)}  ${pct(c.bytes).padStart(6)}  ${c.crate}`);
  const rest = b.crates.filter((c) => c.bytes < 256).reduce((s, c) => s + c.bytes, 0);
  if (rest) L.push(`${String(rest).padStart(8)}  ${pct(rest).padStart(6)}  (crates under 256 bytes each)`);
  L.push('', 'Largest functions:');
  for (const f of b.functions) L.push(`${String(f.bytes).padStart(8)}  ${f.name.length > 150 ? `${f.name.slice(0, 147)}...` : f.name}`);
  L.push('', 'Largest data segments:');
  for (const d of b.data) L.push(`${String(d.bytes).padStart(8)}  ${d.name}`);
  return L.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = process.argv.indexOf('--top');
  const b = breakdown({ top: t > 0 ? Number(process.argv[t + 1]) : 25 });
  console.log(`\n${breakdownTable(b)}`);
  const j = process.argv.indexOf('--json');
  if (j > 0) writeFileSync(process.argv[j + 1], JSON.stringify(b, null, 2));
}
