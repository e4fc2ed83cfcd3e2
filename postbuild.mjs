// Trunk post-build hook: turns Trunk's output into the page a visitor gets.
// 1. Trunk's inline loader is replaced by the app's boot script (src/boot.js, written as
//    boot-<hash>.js with the glue's and the wasm's names filled in), which shows the wasm's
//    download progress and says why if the app cannot start. Trunk's preloads of the wasm
//    and its glue go: they would compete for bandwidth with the first view. The stylesheets
//    are joined into one file.
// 2. The first view (the static map of the latest year, src/core/first_view) is written
//    into index.html and its German and Chinese twins by the `first_view` binary.
// 3. The Content-Security-Policy is written into each page, with the hash of each inline
//    script the first view carries, and checked directive by directive.
//    The embed loader is published again under a content-hashed name, which the embed
//    dialog's snippet pins with Subresource Integrity.
// 4. Text files and the wasm get precompressed twins (.gz, .br) for hosts that serve them
//    (nginx gzip_static / brotli_static).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

/** The policy, directive by directive; `script-src` gets the inline scripts' hashes. */
const POLICY = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  // Stylesheets from the site only; inline style *attributes* (the map's and the charts'
  // computed colours and sizes) are allowed, inline <style> elements are not.
  ['style-src', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['frame-src', "'self'"],
  ['worker-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // Markup reaches innerHTML only through the app's policies (src/app/markup_host/trusted_types.rs):
  // the core's escaped markup, and a default one that lets only inert markup through;
  // and the boot script's, which parses the first view's country panels (src/boot.js).
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', 'skills-atlas', 'default', 'sa-first-view'],
];

/** Sources a directive must never carry, whatever else changes. */
const FORBIDDEN = [
  ['script-src', "'unsafe-inline'", "'unsafe-eval'"],
  ['style-src', "'unsafe-inline'"],
  ['default-src', "'unsafe-inline'", "'unsafe-eval'"],
];

/** The policy as written into a page, with `hashes` added to `script-src`. */
function policy(hashes = []) {
  return POLICY.map(([name, ...values]) =>
    [name, ...values, ...(name === 'script-src' ? hashes : [])].join(' '),
  ).join('; ');
}

/** The policy a page carries, parsed into directives (name → values). */
function readPolicy(html) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  if (!meta) return null;
  return new Map(
    meta[1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([n, ...v]) => [n, v]),
  );
}

/** The CSP source of an inline script's text. */
function scriptHash(code) {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

function die(message) {
  console.error(`postbuild.mjs: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) die('runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const index = join(dir, 'index.html');
let html = readFileSync(index, 'utf8');

// Trunk minifies the page (minify = "on_release"): attribute quotes may be gone. The
// first view and the policy look for the usual spelling of these three.
html = html
  .replace(/<html lang="?en"?>/, '<html lang="en">')
  .replace(/<meta charset="?utf-8"?\s*\/?>/i, '<meta charset="utf-8" />')
  .replace(/<div id="?skills-atlas"?><\/div>/, '<div id="skills-atlas"></div>');

// 1. The boot script instead of Trunk's loader and preloads.
const loader = html.match(/<script type="?module"?( nonce="?[^" >]*"?)?>([\s\S]*?)<\/script>/);
if (!loader) die("Trunk's inline loader is not in index.html");
const glue = loader[2].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = loader[2].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) die(`cannot read the glue and wasm names from Trunk's loader:\n${loader[2]}`);
const boot = readFileSync(join(here, 'src/boot.js'), 'utf8')
  .replace('__GLUE__', `./${glue}`)
  .replace('__WASM__', `./${wasm}`)
  .replace('__WASM_BYTES__', String(statSync(join(dir, wasm)).size));
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
html = html.replace(loader[0], `<script type="module" src="./${bootName}"></script>`);
html = html.replace(/<link\b[^>]*>/g, (tag) => (/\brel="?(modulepreload|preload)\b/.test(tag) ? '' : tag));

// The stylesheets, in their order, as one file: one request on the first view's path
// instead of seven (a phone's browser opens at most six connections to a host at once).
const sheets = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map((m) => m[0]);
const sheetFiles = sheets.map((tag) => join(dir, tag.match(/href="?\.\/([^" >]+\.css)/)[1]));
const css = sheetFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
for (const file of sheetFiles) unlinkSync(file);
const cssName = `atlas-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, cssName), css);
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
html = html.replace(sheets[0], `<link rel="stylesheet" href="./${cssName}" integrity="${integrity}" />`);
for (const tag of sheets.slice(1)) html = html.replace(tag, '');
writeFileSync(index, html);

// 2. The first view, in each language.
execFileSync('cargo', ['run', '--quiet', '--no-default-features', '--bin', 'first_view', '--', dir], {
  cwd: here,
  stdio: 'inherit',
});

// 3. The policy, with each inline script's hash, checked as written.
const pages = readdirSync(dir).filter((f) => /^index(\.[a-z-]+)?\.html$/i.test(f));
if (pages.length < 3) die(`expected index.html and its language twins, found ${pages.join(', ')}`);
for (const page of pages) {
  const file = join(dir, page);
  let text = readFileSync(file, 'utf8');
  if (/<style[\s>]/.test(text)) die(`${page}: an inline <style> is left; move it to style/`);
  const inline = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = [...new Set(inline.map(scriptHash))];
  // `./atlas dev` (trunk serve, a debug build) adds its reload script to the page after this
  // hook, which no hash here could allow: dev builds carry no policy.
  if (process.env.TRUNK_PROFILE === 'debug') continue;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" />`;
  if (!text.includes('<meta charset="utf-8" />')) die(`${page}: no <meta charset="utf-8" /> to put the policy after`);
  text = text.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
  const written = readPolicy(text);
  for (const [name, ...values] of POLICY) {
    const got = written?.get(name) ?? [];
    if (values.some((v) => !got.includes(v))) die(`${page}: ${name} is not ${values.join(' ')}: ${got.join(' ')}`);
  }
  if (written.size !== POLICY.length) die(`${page}: the policy has ${written.size} directives, not ${POLICY.length}`);
  for (const [name, ...values] of FORBIDDEN) {
    const bad = values.filter((v) => written.get(name)?.includes(v));
    if (bad.length) die(`${page}: ${name} allows ${bad.join(' ')}`);
  }
  const scriptSrc = written.get('script-src');
  if (inline.some((code) => !scriptSrc.includes(scriptHash(code)))) die(`${page}: an inline script's hash is missing`);
  writeFileSync(file, text);
}

// The embed loader, also under its versioned name (`embed-` and the first 16 hex digits
// of its SHA-384, the rule build.rs uses for the snippet, which pins it by integrity).
{
  const embed = readFileSync(join(dir, 'embed.js'));
  const hex = createHash('sha384').update(embed).digest('hex').slice(0, 16);
  writeFileSync(join(dir, `embed-${hex}.js`), embed);
}

// 4. Precompressed twins. GNU gzip -9 packs the wasm about 8 KB smaller than zlib's level 9;
//    zlib is the fallback where there is no gzip command.
function gzip(file, raw) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 64 << 20 });
  } catch {
    return gzipSync(raw, { level: 9 });
  }
}

for (const name of readdirSync(dir, { recursive: true })) {
  const file = join(dir, name);
  if (!/\.(html|js|css|json|wasm|svg)$/.test(name) || !statSync(file).isFile()) continue;
  const raw = readFileSync(file);
  writeFileSync(`${file}.gz`, gzip(file, raw));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  );
}
