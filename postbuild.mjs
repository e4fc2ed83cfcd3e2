// Trunk post-build hook: makes the built index.html run under a strict Content-Security-Policy.
// Trunk's loader is an inline <script type="module">; it is moved into its own file
// (boot-<hash>.js), and the CSP is written into the page. The build fails if any other
// inline script remains.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Inline style *attributes* set by components (CSSOM and SVG); no inline <style> ships.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const inline = /<script type="module"( nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const code = match[2].trim() + '\n';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
}
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error('postbuild.mjs: an inline <script> is left in index.html; the CSP would block it');
  process.exit(1);
}
if (/<style[\s>]/.test(html)) {
  console.error('postbuild.mjs: an inline <style> is left in index.html; move it to style/');
  process.exit(1);
}
html = html.replace(
  /<meta charset="utf-8" \/>/,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
);
if (!html.includes('Content-Security-Policy')) {
  console.error('postbuild.mjs: could not insert the CSP meta tag');
  process.exit(1);
}
writeFileSync(file, html);
