// A small static server for dist/ (and, for tests, other folders), with the
// right MIME types for wasm. Usage: node scripts/serve.mjs [dir] [port] [base]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves each `mounts` entry ({ base: '/some/path/', dir: 'dist' }) on
 * 127.0.0.1. `headers` are added to every response. Returns { origin, close }.
 */
export async function serve({ mounts, port = 0, headers = {} }) {
  const server = createServer(async (req, res) => {
    const file = fileFor(req.url, mounts);
    if (file === BAD) return answer(res, 400, 'bad request');
    if (!file) return answer(res, 404, 'not found');
    try {
      const info = await stat(file);
      if (!info.isFile()) return answer(res, 404, 'not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch {
      if (!res.headersSent) answer(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Closing drops open keep-alive connections too, so it never waits on a browser.
  const close = () => new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections();
  });
  return { origin, server, close };
}

const BAD = Symbol('bad request');

/**
 * The file a request URL names, null when it names none, or BAD when the URL
 * cannot be read (malformed percent-encoding, a NUL byte, an unparsable
 * path). The file must lie inside its mount's folder, checked with
 * path.relative: a prefix test would let `/a/dist` serve `/a/dist-secret`.
 */
function fileFor(url, mounts) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return BAD;
  }
  if (path.includes('\0')) return BAD;
  const mount = mounts.find((m) => path.startsWith(m.base));
  if (!mount) return null;
  let rel = path.slice(mount.base.length) || 'index.html';
  if (rel.endsWith('/')) rel += 'index.html';
  const root = resolve(mount.dir);
  const file = resolve(root, rel);
  const inside = relative(root, file);
  if (!inside || isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) return null;
  return file;
}

function answer(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
  const { origin } = await serve({ mounts: [{ base, dir }], port: Number(port) });
  console.log(`Serving ${dir}/ at ${origin}${base}  (Ctrl-C to stop)`);
}
