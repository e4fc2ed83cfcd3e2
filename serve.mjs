// A tiny static file server: what `./atlas serve` runs, and what the end-to-end tests and
// benchmarks serve dist/ with. 127.0.0.1 only, correct MIME types (WebAssembly streaming
// needs application/wasm), brotli or gzip for text and wasm when the browser asks for it,
// as static hosts do (a precompressed `<file>.br` or `<file>.gz` beside the file is sent as
// it is, as nginx's brotli_static and gzip_static do; the ×100 dataset is 15 MB raw, about
// 2 MB compressed). It watches no
// files. With --lifetime N it stops by itself after N seconds, so a test server never
// outlives its run; --lifetime 0 serves until stopped.
//
//   node serve.mjs [dir=dist] [port=4173] [--lifetime seconds=1800] [--gzip-only]
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const root = resolve(args[0] ?? 'dist');
const port = Number(args[1] ?? 4173);
const lifetimeIdx = args.indexOf('--lifetime');
const lifetime = lifetimeIdx >= 0 ? Number(args[lifetimeIdx + 1]) : 1800;
// The first-view benchmark compares pages as served with gzip alone.
const gzipOnly = args.includes('--gzip-only');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);
// Compressed bodies by path and modification time: each file is compressed once.
const gzipped = new Map();

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const info = await stat(file);
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      // The embed loader runs on other sites' pages, fetched in CORS mode
      // (crossorigin="anonymous", for its Subresource Integrity check).
      ...(/^embed(-[0-9a-f]{16})?\.js$/.test(basename(file)) ? { 'access-control-allow-origin': '*' } : {}),
    };
    const accepts = req.headers['accept-encoding'] ?? '';
    // A fresh precompressed brotli twin (postbuild.mjs writes them), as nginx's
    // brotli_static serves it; the wasm is about a fifth smaller than with gzip.
    if (!gzipOnly && compressible.has(extname(file)) && /\bbr\b/.test(accepts)) {
      const pre = await stat(`${file}.br`).catch(() => null);
      if (pre && pre.mtimeMs >= info.mtimeMs) {
        res.writeHead(200, { ...headers, 'content-encoding': 'br' });
        res.end(await readFile(`${file}.br`));
        return;
      }
    }
    const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(accepts);
    if (gzip) {
      const key = `${file}:${info.mtimeMs}`;
      if (!gzipped.has(key)) {
        const pre = await stat(`${file}.gz`).catch(() => null);
        const fresh = pre && pre.mtimeMs >= info.mtimeMs;
        gzipped.set(key, fresh ? await readFile(`${file}.gz`) : gzipSync(await readFile(file), { level: 6 }));
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      res.end(gzipped.get(key));
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, headers);
    res.end(body);
  } catch (err) {
    if (err.code === 'ENOENT' && req.url === '/favicon.ico') {
      // A host page without an icon: answer "no content" rather than a 404 in the console.
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(err.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
    res.end(err.code === 'ENOENT' ? 'not found' : 'error');
  }
});

server.on('error', (err) => {
  const why = err.code === 'EADDRINUSE' ? `port ${port} is in use by another program` : err.message;
  console.error(`serve.mjs: cannot serve on 127.0.0.1:${port}: ${why}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
if (lifetime > 0) setTimeout(() => process.exit(0), lifetime * 1000).unref();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
