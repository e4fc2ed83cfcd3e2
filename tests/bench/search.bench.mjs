// Search: engine-only query latency (native, and wasm in Chromium), keystroke-to-painted
// results in the app at ×1 and ×100, index build time and memory, and MiniSearch/FlexSearch
// over the same ×100 records and queries, side by side in the same Chromium.
//
// The app marks its own work with performance.measure ("atlas:search-build",
// "atlas:search-query"); this bench reads those entries, so nothing bench-only ships.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const name = 'search';

/** Words typed letter by letter in the app (every keystroke is one sample). */
const TYPED = ['mechatronics', 'schweißer', '汽车维修', 'autmotive', 'BRS-AUTO-003', 'Deutschland', 'weldng', 'robot operator'];

const ms = (x) => `${x.toFixed(2)} ms`;

function nativeRun(root, log, scale, exportPath) {
  const args = `--scale ${scale}${exportPath ? ` --export ${exportPath}` : ''}`;
  const out = execSync(`cargo run --quiet --release --no-default-features --bin search_export -- ${args}`, {
    cwd: root,
    encoding: 'utf8',
  });
  for (const line of out.trim().split('\n')) log(`  ${line}`);
}

async function openSearch(browser, url) {
  const page = await browser.newPage();
  // Long tasks, to tell whether the index build (in slices) ever holds the main thread.
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}?view=search`);
  await page.getByRole('searchbox').waitFor();
  // The index is built in slices after the page has loaded; the results show once it is.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:search-build').length > 0, null, { timeout: 60_000 });
  await page.locator('.sa-search-results').waitFor();
  await page.waitForTimeout(150); // the long-task observer reports a little after the task
  return page;
}

/** Fills each query once and returns the wasm engine's own timings for them. */
async function engineInApp(page, queries) {
  await page.evaluate(() => performance.clearMeasures('atlas:search-query'));
  const box = page.getByRole('searchbox');
  for (const q of queries) {
    await box.fill(q);
    await page.waitForTimeout(100); // past the throttle, so every query runs once
  }
  return page.evaluate(() => performance.getEntriesByName('atlas:search-query').map((e) => e.duration));
}

/** Types words key by key. Each sample is keydown → `work` (the app has searched and
 *  updated the DOM, and the browser has recomputed style and layout: what must fit in a
 *  frame) and keydown → `painted` (the next frame after the list changed is out; adds the
 *  wait for the frame boundary, 0–16.7 ms). */
async function keystrokes(page) {
  await page.evaluate(() => {
    const list = document.querySelector('.sa-search-results');
    window.__samples = [];
    window.__work = [];
    let start = null;
    let keyAt = null;
    let mutated = false;
    // Every keystroke starts a new sample: one whose results equal the previous ones changes
    // nothing in the list, needs no paint, and must not be charged to the next keystroke.
    const begin = (ev) => {
      if (ev.type === 'keydown' || start === null) start = performance.now();
      if (ev.type === 'keydown') {
        keyAt = start;
        mutated = false;
      }
    };
    const box = document.querySelector('[role=searchbox]');
    box.addEventListener('keydown', begin, true);
    box.addEventListener('beforeinput', begin, true);
    // The app's input listener sits on the box; its reactive updates run as microtasks right
    // after it returns, so by this listener on window (bubbling, registered last) they are
    // done. Reading layout then charges the style and layout work too.
    // A keystroke that changed nothing in the list (same results) has no work to time.
    window.addEventListener('input', () => {
      const at = keyAt;
      keyAt = null;
      if (at === null || !mutated) return;
      void list.getBoundingClientRect().height;
      window.__work.push(performance.now() - at);
    });
    new MutationObserver(() => {
      mutated = true;
      if (start === null) return;
      const t0 = start;
      start = null;
      // rAF runs just before the paint; the message after it lands once the frame is out.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__samples.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    }).observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const box = page.getByRole('searchbox');
  for (const word of TYPED) {
    await box.fill('');
    await page.waitForTimeout(150);
    await box.focus();
    for (const ch of word) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(120); // a brisk typist; past the 80 ms throttle
    }
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => ({ painted: window.__samples, work: window.__work }));
}

/** The index build: wall time from start to ready (slices and the waits between them), the
 *  work alone, and the longest main-thread task that started while it was under way. */
async function buildTime(page) {
  return page.evaluate(() => {
    const wall = performance.getEntriesByName('atlas:search-build')[0];
    const work = performance.getEntriesByName('atlas:search-build-work')[0];
    const end = wall.startTime + wall.duration;
    const during = window.__long.filter(([start]) => start >= wall.startTime && start < end);
    // The views' first results, drawn in the task after the build's last slice.
    const after = window.__long.filter(([start]) => start >= end && start < end + 100);
    return {
      wall: wall.duration, work: work?.duration ?? NaN,
      longest: Math.max(0, ...during.map(([, d]) => d)),
      firstResults: Math.max(0, ...after.map(([, d]) => d)),
    };
  });
}

/** Index build times over `loads` fresh page loads (one build per load, as in the app). */
async function buildTimes(browser, url, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const page = await openSearch(browser, url);
    times.push(await buildTime(page));
    await page.close();
  }
  return times;
}

/** Page loads per scale whose index build is timed before the one that is typed into. */
const BUILD_LOADS = 9;

/** MiniSearch and FlexSearch over the exported records, in a blank page of the same browser. */
async function others(browser, root, data, log, stats, ourP95) {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ path: resolve(root, 'node_modules/minisearch/dist/umd/index.js') });
  await page.addScriptTag({ path: resolve(root, 'node_modules/flexsearch/dist/flexsearch.bundle.min.js') });
  const result = await page.evaluate(({ docs, queries }) => {
    // Latin words and single Han characters, so Chinese is searchable at all (as in ours).
    const tokenize = (text) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
    const time = (f) => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    const out = {};
    const mini = new MiniSearch({
      fields: ['title', 'code', 'sector', 'body'],
      tokenize,
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, code: 3, sector: 2 }, tokenize },
    });
    out.miniBuild = time(() => mini.addAll(docs));
    out.mini = [];
    for (let r = 0; r < 5; r++) for (const q of queries) out.mini.push(time(() => mini.search(q).slice(0, 24)));
    const Flex = globalThis.FlexSearch;
    const flex = new Flex.Document({
      tokenize: 'forward',
      encoder: new Flex.Encoder(Flex.Charset.LatinBalance ?? Flex.Charset.Default ?? {}),
      document: { id: 'id', index: ['title', 'code', 'sector', 'body'] },
    });
    out.flexBuild = time(() => docs.forEach((d) => flex.add(d)));
    out.flex = [];
    for (let r = 0; r < 5; r++) for (const q of queries) out.flex.push(time(() => flex.search(q, { limit: 24, suggest: true })));
    out.heap = performance.memory?.usedJSHeapSize;
    return out;
  }, data);
  await page.close();
  const m = stats(result.mini);
  const f = stats(result.flex);
  log(`  MiniSearch ${MiniSearchVersion(root)} (prefix + fuzzy 0.2): build ${ms(result.miniBuild)}; query p50 ${ms(m.median)}, p95 ${ms(m.p95)}`);
  log(`  FlexSearch ${FlexVersion(root)} (forward, suggest):        build ${ms(result.flexBuild)}; query p50 ${ms(f.median)}, p95 ${ms(f.p95)}`);
  log(`  ratio of p95, ours / MiniSearch: ${(ourP95 / m.p95).toFixed(2)}; ours / FlexSearch: ${(ourP95 / f.p95).toFixed(2)} (target ≤ 0.5 vs MiniSearch)`);
}

const MiniSearchVersion = (root) => JSON.parse(readFileSync(resolve(root, 'node_modules/minisearch/package.json'))).version;
const FlexVersion = (root) => JSON.parse(readFileSync(resolve(root, 'node_modules/flexsearch/package.json'))).version;

export async function run({ browser, baseURLs, root, log, stats }) {
  const outDir = resolve(root, 'bench-out');
  mkdirSync(outDir, { recursive: true });
  const exportPath = resolve(outDir, 'search-x100.json');
  log('native (cargo --release), the real ×1 / ×100 dataset through the app adapter:');
  nativeRun(root, log, 1);
  nativeRun(root, log, 100, exportPath);
  const data = JSON.parse(readFileSync(exportPath, 'utf8'));
  log(`queries: ${data.queries.length} fixed (prefixes, typos, Chinese, German, codes); typed in the app: ${TYPED.join(', ')}`);

  let ourP95At100 = 0;
  for (const scale of [1, 100]) {
    const earlier = await buildTimes(browser, baseURLs[scale], BUILD_LOADS);
    const page = await openSearch(browser, baseURLs[scale]);
    const all = [...earlier, await buildTime(page)];
    const builds = stats(all.map((b) => b.wall));
    const buildWork = stats(all.map((b) => b.work));
    const longest = stats(all.map((b) => b.longest));
    const firstResults = stats(all.map((b) => b.firstResults));
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize);
    const engine = stats(await engineInApp(page, data.queries));
    const typed = await keystrokes(page);
    const keys = stats(typed.painted);
    const work = stats(typed.work);
    log(`×${scale} in Chromium (wasm):`);
    log(`  index build, in slices: ready after median ${ms(builds.median)}, p95 ${ms(builds.p95)}; work median ${ms(buildWork.median)}, p95 ${ms(buildWork.p95)} (n=${builds.n} page loads)`);
    log(`  longest main-thread task begun during the build: median ${ms(longest.median)}, max ${ms(longest.max)} (target: none over 50 ms; 0 = no long task)`);
    log(`  longest task begun in the 100 ms after it (the first results drawn): median ${ms(firstResults.median)}, max ${ms(firstResults.max)} (0 = no long task)`);
    log(`  JS heap after build ${(heap / 1048576).toFixed(1)} MiB (wasm memory not included)`);
    const wasmBytes = await page.evaluate(() => {
      const m = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return m?.decodedBodySize;
    });
    log(`  engine per query (search + facet counts, 6 hits per kind): p50 ${ms(engine.median)}, p95 ${ms(engine.p95)} (n=${engine.n})`);
    log(`  keystroke → results drawn (work): p50 ${ms(work.median)}, p95 ${ms(work.p95)}, max ${ms(work.max)} (n=${work.n}; target p95 ≤ 16 ms at ×100)`);
    log(`  keystroke → painted results:      p50 ${ms(keys.median)}, p95 ${ms(keys.p95)}, max ${ms(keys.max)} (n=${keys.n}; includes the frame wait)`);
    if (wasmBytes) log(`  wasm binary ${(wasmBytes / 1024).toFixed(0)} KiB decoded`);
    if (scale === 100) ourP95At100 = engine.p95;
    await page.close();
  }
  log('same ×100 records and queries in the same Chromium:');
  await others(browser, root, data, log, stats, ourP95At100);
}
