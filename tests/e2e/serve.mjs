// A tiny zero-dependency static file server for the built site (dist/).
//
// Used by the browser tests (through harness.mjs) and by hand:
//   node tests/e2e/serve.mjs --root dist --port 8080
// It binds to loopback only, never caches (so a rebuilt .wasm is always
// picked up), and refuses any path that would escape the root.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  // application/wasm is required for WebAssembly.instantiateStreaming().
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.bin': 'application/octet-stream',
  '.data': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(filePath) {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Loopback only: this server is for local testing and must never be exposed.
function isLoopback(host) {
  return /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/.test(host);
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/**
 * Resolves a request path to a file under root, or null if it would leave
 * root (e.g. "/../etc/passwd", "/%2e%2e/x", or a NUL byte).
 */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed %-escape
  }
  if (decoded.includes('\0')) return null;
  // Treat backslashes as separators too, so "..\\" cannot sneak past.
  decoded = decoded.replace(/\\/g, '/');
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

/**
 * Starts the server. port 0 picks a free ephemeral port.
 * @returns {Promise<{url: string, port: number, root: string, unref: () => void, close: () => Promise<void>}>}
 *   url has no trailing slash, e.g. "http://127.0.0.1:41234".
 */
// plain: no Cache-Control header, as a bare static host serves files.
// `sent` lists each file body sent ({path, bytes}), for counting a visit.
export async function startServer({ root, port = 0, host = '127.0.0.1', plain = false } = {}) {
  if (!root) throw new Error('startServer: root is required');
  if (!isLoopback(host)) throw new Error(`startServer: host ${host} is not a loopback address`);
  // Resolve symlinks of the root itself once, so the containment check below
  // compares like with like.
  const rootAbs = fs.realpathSync(path.resolve(root));

  const sent = [];
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0].split('#')[0];
    let file = resolveInside(rootAbs, urlPath);
    if (!file) {
      send(res, 403, 'Forbidden\n');
      return;
    }
    let stat;
    try {
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        // A directory without a trailing slash: redirect so relative URLs in
        // its index.html resolve against the directory.
        if (!urlPath.endsWith('/')) {
          const q = req.url.slice(urlPath.length);
          res.writeHead(301, { Location: urlPath + '/' + q, 'Cache-Control': 'no-cache' });
          res.end();
          return;
        }
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
      if (!stat.isFile()) throw new Error('not a file');
      // A symlink inside root must not lead outside it either.
      const real = fs.realpathSync(file);
      if (real !== rootAbs && !real.startsWith(rootAbs + path.sep)) {
        send(res, 403, 'Forbidden\n');
        return;
      }
    } catch {
      send(res, 404, 'Not Found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': mimeType(file),
      'Content-Length': stat.size,
      ...(plain ? {} : { 'Cache-Control': 'no-cache' }),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    sent.push({ path: urlPath, bytes: stat.size });
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });

  // Keep-alive sockets from the browser would otherwise hold close() open.
  const sockets = new Set();
  let unrefd = false;
  server.on('connection', (s) => {
    sockets.add(s);
    if (unrefd) s.unref();
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostForUrl}:${actualPort}`,
    port: actualPort,
    root: rootAbs,
    sent,
    /** Lets the process exit while the server (and its sockets) still run. */
    unref() {
      unrefd = true;
      server.unref();
      for (const s of sockets) s.unref();
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function parseArgs(argv) {
  const opts = { root: '.', port: 8080, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (key === '--root') opts.root = value();
    else if (key === '--port') opts.port = Number(value());
    else if (key === '--host') opts.host = value();
    else if (key === '-h' || key === '--help') {
      console.log('usage: node serve.mjs [--root DIR] [--port N] [--host 127.0.0.1]');
      process.exit(0);
    } else {
      console.error(`serve.mjs: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('serve.mjs: --port must be an integer 0..65535');
    process.exit(2);
  }
  if (!isLoopback(opts.host)) {
    console.error('serve.mjs: --host must be a loopback address');
    process.exit(2);
  }
  return opts;
}

// CLI entry point (only when run directly, not when imported).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const rootAbs = path.resolve(opts.root);
  if (!fs.existsSync(rootAbs) || !fs.statSync(rootAbs).isDirectory()) {
    console.error(`serve.mjs: root ${rootAbs} is not a directory`);
    process.exit(1);
  }
  const server = await startServer(opts);
  console.log(`Serving ${opts.root} on ${server.url}/`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
