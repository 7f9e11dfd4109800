// Sizes of the built site, as a Markdown table.
//
//   node tests/bench/sizes.mjs [distDir]      (default: dist/ of the repository)
//
// One row per file under distDir (recursive, sorted by path): raw bytes and
// gzip -9 bytes (node:zlib gzipSync, level 9). Files that are already
// packed (*.gz and *.xz, the page unpacks them itself) are reported as they are
// in both columns and marked "(packed)": gzipping them again would only
// measure gzip's framing. The totals are the planner's first download
// (everything except bench/, which holds the bare Dear ImGui reference page,
// the single-file copy, and the files the page fetches only when it needs
// them — sw.js lists those as LATER), those later files, and every file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');

const arg = process.argv[2];
if (arg === '-h' || arg === '--help') {
  console.log('usage: node tests/bench/sizes.mjs [distDir]');
  process.exit(0);
}
const distDir = path.resolve(arg ?? path.join(REPO_ROOT, 'dist'));
if (!fs.existsSync(distDir) || !fs.statSync(distDir).isDirectory()) {
  console.error(`sizes.mjs: ${distDir} is not a directory (build the site first: script/build)`);
  process.exit(1);
}

/** Relative POSIX paths of all regular files under dir. */
function walk(dir, rel = '') {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const relPath = rel ? `${rel}/${ent.name}` : ent.name;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(full, relPath));
    else if (ent.isFile() || (ent.isSymbolicLink() && fs.statSync(full).isFile())) out.push(relPath);
  }
  return out;
}

const files = walk(distDir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const rows = files.map((rel) => {
  const bytes = fs.readFileSync(path.join(distDir, ...rel.split('/')));
  const packed = rel.endsWith('.gz') || rel.endsWith('.xz');
  const gz = packed ? bytes.length : zlib.gzipSync(bytes, { level: 9 }).length;
  // bench/ is the reference page; planner-offline.html is the single-file
  // copy for saving to disk, never part of a visit's download.
  const bench = rel === 'bench' || rel.startsWith('bench/') || rel === 'planner-offline.html';
  return { rel, raw: bytes.length, gz, packed, bench };
});

const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
const fmt = (n) => String(n);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

// Fetched only when needed (the font's second slice): dist/sw.js's LATER list.
let later = [];
try {
  const sw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  later = JSON.parse(/const LATER = (\[[^\]]*\]);/.exec(sw)?.[1] ?? '[]');
} catch { /* no sw.js: nothing is fetched later */ }
const planner = rows.filter((r) => !r.bench && !later.includes(r.rel));
const onDemand = rows.filter((r) => later.includes(r.rel));
const lines = [];
lines.push(`Sizes of \`${path.relative(process.cwd(), distDir) || '.'}\` (gzip -9 = node:zlib gzipSync level 9; *.gz and *.xz files are already packed and counted as-is)`);
lines.push('');
lines.push('| file | raw bytes | gzip -9 bytes | note |');
lines.push('|---|---:|---:|---|');
for (const r of rows) {
  lines.push(`| \`${r.rel}\` | ${fmt(r.raw)} | ${fmt(r.gz)} | ${r.packed ? '(packed)' : ''} |`);
}
const pRaw = sum(planner, 'raw');
const pGz = sum(planner, 'gz');
const aRaw = sum(rows, 'raw');
const aGz = sum(rows, 'gz');
lines.push(
  `| **planner first download** (everything except \`bench/\`, \`planner-offline.html\` and the files fetched when needed; ${planner.length} files) | **${fmt(pRaw)}** | **${fmt(pGz)}** | ${kib(pRaw)} raw, ${kib(pGz)} gzip |`,
);
if (onDemand.length) {
  lines.push(
    `| fetched when needed (${onDemand.map((r) => `\`${r.rel}\``).join(', ')}: the first rare hanzi drawn, or the second visit's offline copy) | ${fmt(sum(onDemand, 'raw'))} | ${fmt(sum(onDemand, 'gz'))} | ${kib(sum(onDemand, 'gz'))} gzip |`,
  );
}
lines.push(`| all files (${rows.length}) | ${fmt(aRaw)} | ${fmt(aGz)} | ${kib(aRaw)} raw, ${kib(aGz)} gzip |`);
console.log(lines.join('\n'));
