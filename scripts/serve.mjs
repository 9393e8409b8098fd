// A small static server for dist/ (and, for tests, other folders), with the
// right MIME types for wasm. Usage: node scripts/serve.mjs [dir] [port] [base]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
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
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = mounts.find((m) => path.startsWith(m.base));
    if (!mount) return notFound(res);
    let rel = path.slice(mount.base.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const root = resolve(mount.dir);
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) return notFound(res);
    try {
      const info = await stat(file);
      if (!info.isFile()) return notFound(res);
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch {
      notFound(res);
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

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
  const { origin } = await serve({ mounts: [{ base, dir }], port: Number(port) });
  console.log(`Serving ${dir}/ at ${origin}${base}  (Ctrl-C to stop)`);
}
