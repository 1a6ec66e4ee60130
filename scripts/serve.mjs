#!/usr/bin/env node
// Serves the built site (dist/ or $OUT_DIR) on http://localhost:4321 under its base path
// ($BASE_PATH, default "/"), as an intranet web server would: directory URLs map to index.html,
// unknown paths get 404.html. Text, scripts and WebAssembly are sent gzipped to clients that
// accept it, as an nginx with `gzip on` would. Used by `npm start`, the tests and the bench.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Starts a static server; resolves to { url, close }. */
export async function serve({ root = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return send(res, 404, await notFound(dir), '.html');
    let file = normalize(join(dir, path.slice(prefix.length - 1)));
    if (!file.startsWith(dir)) return send(res, 403, 'forbidden', '.txt');
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${path}/` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      return send(res, 200, await readFile(file), extname(file), req.headers['accept-encoding']);
    } catch {
      return send(res, 404, await notFound(dir), '.html');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://localhost:${actualPort}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

async function notFound(dir) {
  return readFile(join(dir, '404.html')).catch(() => 'not found');
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.wasm', '.txt', '.xml']);

function send(res, status, body, ext, acceptEncoding = '') {
  const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(acceptEncoding)) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, headers);
  res.end(body);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await serve({
    root: process.env.OUT_DIR ?? 'dist',
    base: process.env.BASE_PATH ?? '/',
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1',
  });
  console.log(`Serving the built site at ${url} (Ctrl+C to stop)`);
}
