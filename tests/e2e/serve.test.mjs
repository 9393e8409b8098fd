// The dev server (scripts/serve.mjs), as `scripts/run.sh` starts it: a
// malformed request never kills it, and no path leaves the served folder,
// not even into a sibling folder whose name starts with the same letters
// (dist/ and dist-secret/). No browser needed: raw HTTP requests, sent as
// written (a browser or fetch() would normalise them first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECRET = 'SECRET-do-not-serve';
let tmp;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'serve-test-'));
  await mkdir(join(tmp, 'dist'));
  await mkdir(join(tmp, 'dist-secret'));
  await writeFile(join(tmp, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(tmp, 'dist', 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(join(tmp, 'dist', 'app.js'), 'export {};');
  await writeFile(join(tmp, 'dist-secret', 'x.txt'), SECRET);
  await writeFile(join(tmp, 'secret.txt'), SECRET);
});
after(() => tmp && rm(tmp, { recursive: true, force: true }));

/** Starts `node scripts/serve.mjs <tmp>/dist 0 /` for one test (port 0: it
 *  picks a free port and prints its URL); a crash shows in `exited`. */
async function startServer(t) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', join(tmp, 'dist'), '0', '/'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = [];
  let stderr = '';
  child.on('exit', (code, signal) => exited.push(`exited with ${code ?? signal}: ${stderr.split('\n').find((l) => /Error/.test(l))}`));
  child.stderr.on('data', (d) => { stderr += d; });
  t.after(() => child.kill());
  const port = await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/127\.0\.0\.1:(\d+)/);
      if (m) ok(Number(m[1]));
    });
    child.on('exit', () => fail(new Error(`server did not start: ${stderr}`)));
  });
  const server = {
    // A dropped connection is reported with the server's exit, if it died.
    get: (path) => get(port, path).catch(async (e) => {
      await new Promise((ok) => setTimeout(ok, 200));
      throw new Error(`GET ${path}: ${e.message}; server ${exited.join('; ') || 'still running'}`);
    }),
  };
  server.assertAlive = async () => {
    assert.deepEqual(exited, [], 'the server is still running');
    assert.equal((await server.get('/')).status, 200, 'the server still answers');
  };
  return server;
}

/** Sends `path` exactly as written (no normalisation) and reads the answer. */
function get(port, path) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('malformed percent-encoding gives 400 and the server keeps serving', async (t) => {
  const server = await startServer(t);
  for (const path of ['/%', '/%E0%A4', '/%ZZ', '/%c0%ae%c0%ae/secret.txt', '/a%', '//']) {
    const res = await server.get(path);
    assert.equal(res.status, 400, `${path} gives 400`);
    await server.assertAlive();
  }
});

test('a NUL byte in the path is refused', async (t) => {
  const server = await startServer(t);
  for (const path of ['/%00', '/index.html%00', '/%00%2F..%2Fsecret.txt', '/index.html%00.png']) {
    const res = await server.get(path);
    assert.equal(res.status, 400, `${path} gives 400`);
    await server.assertAlive();
  }
});

const TRAVERSALS = [
  '/..%2Fdist-secret%2Fx.txt',
  '/..%2fdist-secret/x.txt',
  '/%2e%2e/dist-secret/x.txt',
  '/%2e%2e%2fdist-secret%2fx.txt',
  '/.%2e%2Fdist-secret%2Fx.txt',
  '/%2E%2E%2Fdist-secret%2Fx.txt',
  '/..%5cdist-secret%5cx.txt',
  '/..\\dist-secret\\x.txt',
  '/%252e%252e/dist-secret/x.txt',
  '/%252e%252e%252fdist-secret%252fx.txt',
  '/../dist-secret/x.txt',
  '/./../dist-secret/x.txt',
  '/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
  '/..%2Fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/sub%2F..%2F..%2Fdist-secret%2Fx.txt',
  '/%2Fetc%2Fpasswd',
  '/%2F%2F..%2Fdist-secret%2Fx.txt',
  '/..%2Fdist%2F..%2Fdist-secret%2Fx.txt',
  '/..%2Fdist-secret%2F',
];

test('no traversal or encoding trick reaches a sibling or parent folder', async (t) => {
  const server = await startServer(t);
  for (const path of TRAVERSALS) {
    const res = await server.get(path);
    assert.notEqual(res.status, 200, `${path} is refused (got ${res.status})`);
    assert.ok(!res.body.includes(SECRET), `${path} does not leak the secret`);
    assert.ok(!res.body.includes('root:'), `${path} does not leak /etc/passwd`);
  }
  await server.assertAlive();
});

test('ordinary files are served with their MIME type', async (t) => {
  const server = await startServer(t);
  const cases = [
    ['/', 'text/html; charset=utf-8', '<title>app</title>'],
    ['/index.html', 'text/html; charset=utf-8', '<title>app</title>'],
    ['/index.html?party=iran', 'text/html; charset=utf-8', '<title>app</title>'],
    ['/app.js', 'text/javascript; charset=utf-8', 'export'],
    ['/app.wasm', 'application/wasm', 'asm'],
    ['/%61pp.js', 'text/javascript; charset=utf-8', 'export'],
  ];
  for (const [path, type, text] of cases) {
    const res = await server.get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.type, type, path);
    assert.ok(res.body.includes(text), path);
  }
  assert.equal((await server.get('/missing.js')).status, 404);
  await server.assertAlive();
});
