// Benchmark runner: serves the release build (dist/) on 127.0.0.1, starts Debian's
// Chromium through playwright-core, and runs every tests/bench/*.bench.mjs. Each module
// exports `name` and `async run({ browser, baseURL, baseURLs, root, log, stats, gotoMark,
// waitForServer })` and prints its own figures. Nothing here passes or fails on timing: it
// only measures and prints.
//
//   node tests/bench/run.mjs [filter]     e.g. `./atlas bench map`
//
// Besides dist/ (×1 data) it serves a copy of dist/ whose data/atlas.json is the generator's
// ×100 variant, written on demand into bench-out/ (not committed): `baseURLs[100]`. That copy
// takes a cargo release build, so it is made only when a selected bench may use it: every
// bench does unless its module says `export const scaledData = false`.
import { chromium } from 'playwright-core';
import { spawn, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const filter = process.argv[2] ?? '';
const dist = resolve(root, process.env.ATLAS_DIST ?? 'dist');
const port = Number(process.env.ATLAS_BENCH_PORT ?? 4180);
const baseURL = `http://127.0.0.1:${port}/`;
const baseURLs = { 1: baseURL, 100: `http://127.0.0.1:${port + 1}/` };

/** Median, p95, min and max of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1) };
}

const log = (...args) => console.log(...args);

/** Opens `url` in `page` and resolves once the app has set the performance mark `name`,
 *  without running anything in the page while it starts: Playwright's `waitForFunction`
 *  injects its own script into the page (about 30 ms of evaluation on this machine, in the
 *  middle of the app's start-up) and polls every frame, and the first-draw figures used to
 *  include that. Here a tiny observer, added before the page's own scripts, reports the mark
 *  on the console. */
async function gotoMark(page, url, name, timeout = 60_000) {
  await page.addInitScript((mark) => {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName(mark).length) console.debug(`atlas-bench:${mark}`);
    }).observe({ type: 'mark' });
  }, name);
  const seen = page.waitForEvent('console', { predicate: (m) => m.text() === `atlas-bench:${name}`, timeout });
  await page.goto(url);
  await seen;
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server ${url} did not start`);
}

/** A copy of dist/ with the ×`scale` dataset, made by the repository's own generator. */
function scaledDist(scale) {
  const out = resolve(root, `bench-out/x${scale}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, out, { recursive: true });
  execSync(
    `cargo run --quiet --release --no-default-features --bin generate -- --scale ${scale} --out ${out}/data/atlas.json`,
    { cwd: root, stdio: 'inherit' },
  );
  return out;
}

if (!existsSync(dist)) throw new Error(`${dist} is missing: build first (./atlas build)`);
const serve = (dir, p) =>
  spawn('node', [resolve(root, 'serve.mjs'), dir, String(p), '--lifetime', '3600', '--gzip-only'], { stdio: 'ignore' });
const modules = [];
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs') && f.includes(filter)).sort()) {
  modules.push({ file, mod: await import(pathToFileURL(resolve(here, file)).href) });
}
const scaled = modules.some(({ mod }) => mod.scaledData !== false);
const servers = [serve(dist, port)];
if (scaled) servers.push(serve(scaledDist(100), port + 1));
const served = scaled ? Object.values(baseURLs) : [baseURLs[1]];
try {
  for (const url of served) await waitForServer(url);
  // The server compresses each file on its first request (the ×100 dataset takes a few
  // hundred ms); ask once for the big ones so no measured load pays for that.
  for (const url of served) {
    for (const file of ['data/atlas.json', 'data/world-110m.json']) {
      await (await fetch(url + file, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    }
  }
  const browser = await chromium.launch({
    executablePath: execSync('command -v chromium', { shell: '/bin/bash' }).toString().trim(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
  try {
    for (const { file, mod } of modules) {
      log(`\n## ${mod.name ?? file}`);
      await mod.run({ browser, baseURL, baseURLs, root, log, stats, gotoMark, waitForServer });
    }
  } finally {
    await browser.close();
  }
} finally {
  for (const server of servers) server.kill();
}
