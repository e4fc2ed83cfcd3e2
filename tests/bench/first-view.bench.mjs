// First view, side by side: the atlas's map view against two pages that draw the same
// network map (choropleth of certifications per country, the hub, one arc per partner
// country) from the same dataset file: one with ECharts, the usual choice for such maps, and
// a lean hand-written SVG with d3-geo (tests/bench/peers/). Cold loads, alternating the three
// pages, each in a fresh browser context with the cache disabled, under three network
// profiles emulated by Chromium (CDP Network.emulateNetworkConditions). Then Lighthouse
// (mobile defaults) on the atlas's map view. Prints medians and p95; never fails on timing.
//
// Figures, each taken the same way on all three pages:
// - map visible: the first frame produced with the map's countries and arcs, timed by the
//   requestAnimationFrame callback of the frame after it (so the main thread's style,
//   layout and paint of that frame are in), marked `bench:map-visible`: by the peer pages
//   themselves (their SVG appended; ECharts' 'finished' event, its canvas drawn), and in
//   the atlas by a small init script that looks, once per frame while the DOM has them,
//   for a visible `.sa-map-svg` with all its country and arc paths (whether the HTML
//   carries it, streaming in, or the wasm draws it).
// - interactive: atlas, the same for the first frame showing Kenya's panel, clicking Kenya
//   every 50 ms from map visible on; the peers have no panel, so theirs is map visible.
//   Until the app has started, the panel is the first view's (the boot script opens it).
// - app ready: atlas only, the same for the first frame without the first view, the app's
//   own map in its place (every control works from then on).
// - KB: encoded bytes received (headers and bodies, as on the wire) up to each moment,
//   from CDP's Network.dataReceived / loadingFinished, converted to the page's clock (for
//   a response the page cancelled, what the server sends for it).
// - FCP and LCP as the browser reports them, for a cross-check (LCP ignores canvas and
//   SVG drawings, so it is text for the peers).
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const name = 'first view: atlas vs ECharts vs d3-geo (cold loads, throttled), Lighthouse';
// Needs only dist/ at ×1: run.mjs then skips building the ×100 copy.
export const scaledData = false;

const MBPS = 1e6 / 8; // bytes per second in one Mbit/s
const PROFILES = [
  { name: 'none', label: 'no throttling', loads: 8 },
  { name: '4G', label: 'latency 40 ms, 9 Mbit/s down, 9 Mbit/s up', loads: 10,
    conditions: { latency: 40, downloadThroughput: 9 * MBPS, uploadThroughput: 9 * MBPS } },
  { name: 'slow 4G', label: 'latency 150 ms, 1.6 Mbit/s down, 0.75 Mbit/s up', loads: 10,
    conditions: { latency: 150, downloadThroughput: 1.6 * MBPS, uploadThroughput: 0.75 * MBPS } },
];
const LIGHTHOUSE_RUNS = 3;
// The atlas's country clicked for "interactive" (its panel's heading has this id).
const COUNTRY = 'KEN';
const CLICK_EVERY = 50; // ms
const TIMEOUT = 60_000; // per moment of one load

/** Init script, every page: reports each `bench:*` performance mark on the console, with
 *  the page's time origin (to put the harness's network events on the page's clock). */
function reportMarks() {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name.startsWith('bench:')) {
        console.debug(`atlas-bench:${JSON.stringify({ name: e.name, t: e.startTime, origin: performance.timeOrigin, detail: e.detail })}`);
      }
    }
  }).observe({ type: 'mark' });
}

/** Init script, the atlas: marks `bench:map-visible` when the first frame in which a
 *  visible `.sa-map-svg` has all its country and arc paths (a hidden copy does not count)
 *  has been produced, in the next frame's animation callback, with the centre of the country to
 *  click; then `bench:interactive` in the same way for the country panel's heading, and
 *  `bench:app-ready` for the first frame after the app took the first view's place. The DOM
 *  is only queried when it changes; boxes and styles are read in animation-frame callbacks,
 *  where the frame's layout is due anyway. */
function watchAtlas(country) {
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    const s = getComputedStyle(el);
    return s.display !== 'none' && s.visibility !== 'hidden';
  };
  // Whether the parser is done with `el` (an element after it, or the whole document, has
  // been parsed): a map streaming in with the HTML counts once all its arcs are there.
  const complete = (el) => {
    for (let node = el; node; node = node.parentElement) if (node.nextElementSibling) return true;
    return document.readyState !== 'loading';
  };
  const drawn = (group) => group && complete(group) && [...group.querySelectorAll('path')].some(shown);
  const visibleMap = () => [...document.querySelectorAll('.sa-map-svg')].find((svg) => shown(svg)
    && drawn(svg.querySelector('.sa-map-countries')) && drawn(svg.querySelector('.sa-map-arcs')));
  const present = () => (stage === 0
    ? document.querySelector('.sa-map-svg .sa-map-countries path') && document.querySelector('.sa-map-svg .sa-map-arcs path')
    : document.getElementById('sa-map-panel-title'));
  let stage = 0; // 0: waiting for the map, 1: for the panel, 2: done
  let appReady = false;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (!appReady && stage > 0 && !document.querySelector('.sa-first-view')
        && document.querySelector('.sa-map-svg .sa-map-countries path')) {
      appReady = true;
      requestAnimationFrame(() => performance.mark('bench:app-ready'));
    }
    if (stage === 0) {
      const svg = visibleMap();
      if (svg) {
        const r = svg.querySelector(`[data-country="${country}"]`)?.getBoundingClientRect();
        const detail = r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        requestAnimationFrame(() => performance.mark('bench:map-visible', { detail }));
        stage = 1;
      }
    }
    if (stage === 1) {
      const title = document.getElementById('sa-map-panel-title');
      if (title && shown(title)) {
        requestAnimationFrame(() => performance.mark('bench:interactive'));
        stage = 2;
      }
    }
    if (stage === 2) {
      if (appReady) observer.disconnect();
      return;
    }
    // Present but not visible yet (styles pending, a hidden copy): look again next frame.
    if (present()) schedule();
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(check);
    }
  };
  const observer = new MutationObserver(() => { if (stage === 2 || present()) schedule(); });
  observer.observe(document, { childList: true, subtree: true });
}

/** Runs in the page after the load: FCP and LCP (the last candidate) from the browser. */
function paintEntries() {
  return new Promise((done) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    let lcp = NaN;
    new PerformanceObserver((list, observer) => {
      lcp = list.getEntries().at(-1)?.startTime ?? NaN;
      observer.disconnect();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => done({ fcp, lcp }), 50);
  });
}

/** One cold load of `target` under `profile`, in a fresh browser context; its figures. */
async function load(browser, target, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.conditions) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.conditions });
  }
  // What each response received, and when (CDP monotonic time, s). Chromium reports the
  // encoded (wire) length of a response when it finishes; its data events carry the decoded
  // lengths as they arrive (their encoded length is 0 for compressed bodies). So a response
  // counts its full encoded length, headers included, spread over its data events in
  // proportion to their decoded lengths: a response still arriving at a moment counts its
  // share received by then.
  const requests = new Map(); // requestId → { url, start, chunks: [[time, decoded bytes]], headers, end, encoded, failed }
  let wallMinusMonotonic; // s; from the first request, which carries both clocks
  cdp.on('Network.requestWillBeSent', (e) => {
    wallMinusMonotonic ??= e.wallTime - e.timestamp;
    if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, start: e.timestamp, chunks: [], headers: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.headers = e.response.encodedDataLength;
  });
  cdp.on('Network.dataReceived', (e) => requests.get(e.requestId)?.chunks.push([e.timestamp, e.dataLength]));
  const finish = (e, fields) => Object.assign(requests.get(e.requestId) ?? {}, { end: e.timestamp, ...fields });
  cdp.on('Network.loadingFinished', (e) => finish(e, { encoded: e.encodedDataLength }));
  cdp.on('Network.loadingFailed', (e) => finish(e, { encoded: 0, failed: true }));

  const marks = new Map();
  const waiters = new Map();
  page.on('console', (m) => {
    const text = m.text();
    if (!text.startsWith('atlas-bench:{')) return;
    const mark = JSON.parse(text.slice('atlas-bench:'.length));
    marks.set(mark.name, mark);
    waiters.get(mark.name)?.();
  });
  const markSeen = (name) => (marks.has(name) ? Promise.resolve() : new Promise((r) => waiters.set(name, r)));
  // Unreferenced: a timer left pending when its race is lost does not hold the process.
  const timeout = (ms) => new Promise((r) => setTimeout(r, ms).unref());

  await page.addInitScript(reportMarks);
  if (target.atlas) await page.addInitScript(watchAtlas, COUNTRY);
  const result = { visible: NaN, interactive: NaN, ready: NaN, kbVisible: NaN, kbInteractive: NaN, kbReady: NaN, fcp: NaN, lcp: NaN };
  try {
    await page.goto(target.url, { waitUntil: 'commit' });
    await Promise.race([markSeen('bench:map-visible'), timeout(TIMEOUT)]);
    const visible = marks.get('bench:map-visible');
    if (visible && target.atlas) {
      // Click the country's centre until its panel shows. A click the page cannot handle
      // yet (its script not started, or busy) waits in the browser's input queue.
      const at = visible.detail;
      const until = Date.now() + TIMEOUT;
      const opened = markSeen('bench:interactive');
      while (at && !marks.has('bench:interactive') && Date.now() < until) {
        await Promise.race([page.mouse.click(at.x, at.y), opened]);
        await Promise.race([timeout(CLICK_EVERY), opened]);
      }
    }
    const interactive = target.atlas ? marks.get('bench:interactive') : visible;
    if (visible && target.atlas) await Promise.race([markSeen('bench:app-ready'), timeout(TIMEOUT)]);
    const ready = target.atlas ? marks.get('bench:app-ready') : undefined;
    // Page time (ms from navigation start) of a CDP timestamp.
    const pageTime = (ts) => (ts + wallMinusMonotonic) * 1000 - (visible?.origin ?? NaN);
    const last = Math.max(...[visible, interactive, ready].map((m) => m?.t ?? -Infinity));
    // Let the responses under way at the last moment finish: their encoded lengths are
    // known only then (a response that does not finish in time counts its decoded bytes).
    const until = Date.now() + TIMEOUT;
    while ([...requests.values()].some((r) => r.end === undefined && pageTime(r.start) <= last) && Date.now() < until) {
      await timeout(100);
    }
    // A response the page cancelled has no encoded length, even when its whole body had
    // arrived (the atlas's wasm, at times: its loader re-streams the body): count what the
    // server sends for it, in proportion to what arrived.
    for (const r of requests.values()) {
      if (!r.failed || !r.chunks.length || !r.url.startsWith('http:')) continue;
      const { wire, full } = await wireLength(r.url);
      r.encoded = r.headers + (full ? wire * (r.chunks.reduce((sum, [, n]) => sum + n, 0) / full) : 0);
    }
    // Encoded kilobytes received up to page time `t`.
    const kbBy = (t) => {
      let bytes = 0;
      for (const r of requests.values()) {
        const decoded = r.chunks.reduce((sum, [, n]) => sum + n, 0);
        if (!decoded) {
          if (r.end !== undefined && pageTime(r.end) <= t) bytes += r.encoded;
          continue;
        }
        const scale = r.end !== undefined ? r.encoded / decoded : 1;
        for (const [ts, n] of r.chunks) if (pageTime(ts) <= t) bytes += n * scale;
      }
      return bytes / 1000;
    };
    if (visible) Object.assign(result, { visible: visible.t, kbVisible: kbBy(visible.t) });
    if (interactive) Object.assign(result, { interactive: interactive.t, kbInteractive: kbBy(interactive.t) });
    if (ready) Object.assign(result, { ready: ready.t, kbReady: kbBy(ready.t) });
    Object.assign(result, await page.evaluate(paintEntries));
  } finally {
    await context.close();
  }
  return result;
}

/** The compressed (as sent) and decompressed lengths of `url`'s body, asked once per URL. */
const wireLengths = new Map();
function wireLength(url) {
  if (!wireLengths.has(url)) {
    wireLengths.set(url, new Promise((done, fail) => {
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const parts = [];
        res.on('data', (part) => parts.push(part));
        res.on('end', () => {
          const body = Buffer.concat(parts);
          const full = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body).length : body.length;
          done({ wire: body.length, full });
        });
      }).on('error', fail);
    }));
  }
  return wireLengths.get(url);
}

/** The peer pages' folder, served on its own port: the pages from tests/bench/peers/, the
 *  packages' dist files beside them, and the data they fetch: the atlas's own dataset, as
 *  served with dist/, and world-atlas's 110m countries. */
async function preparePeers(root, baseURL) {
  const out = resolve(root, 'bench-out/peers');
  const modules = resolve(root, 'node_modules');
  rmSync(out, { recursive: true, force: true });
  cpSync(resolve(root, 'tests/bench/peers'), out, { recursive: true });
  const copy = (from, to) => copyFileSync(resolve(modules, from), resolve(out, to));
  copy('echarts/dist/echarts.min.js', 'echarts/echarts.min.js');
  copy('topojson-client/dist/topojson-client.min.js', 'echarts/topojson-client.min.js');
  copy('d3-array/dist/d3-array.min.js', 'd3/d3-array.min.js');
  copy('d3-geo/dist/d3-geo.min.js', 'd3/d3-geo.min.js');
  copy('topojson-client/dist/topojson-client.min.js', 'd3/topojson-client.min.js');
  mkdirSync(resolve(out, 'data'));
  copy('world-atlas/countries-110m.json', 'data/countries-110m.json');
  const dataset = await fetch(`${baseURL}data/atlas.json`);
  writeFileSync(resolve(out, 'data/atlas.json'), Buffer.from(await dataset.arrayBuffer()));
  const version = (pkg) => JSON.parse(readFileSync(resolve(modules, pkg, 'package.json'), 'utf8')).version;
  return { out, versions: ['echarts', 'd3-geo', 'd3-array', 'topojson-client', 'world-atlas'].map((p) => `${p} ${version(p)}`) };
}

/** Lighthouse's CLI with its default (mobile) settings, `runs` times; the median of each figure. */
function lighthouse(url, root, runs, log, stats) {
  const chrome = execFileSync('bash', ['-c', 'command -v chromium']).toString().trim();
  const dir = resolve(root, 'bench-out/lighthouse');
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const file = resolve(dir, `map-${i + 1}.json`);
    try {
      execFileSync('node', [
        resolve(root, 'node_modules/lighthouse/cli/index.js'), url,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--output=json', `--output-path=${file}`, '--quiet',
      ], { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'ignore', timeout: 180_000 });
    } catch (err) {
      log(`Lighthouse run ${i + 1} failed: ${err.message.split('\n')[0]}`);
      continue;
    }
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const score = (c) => (r.categories[c]?.score ?? NaN) * 100;
    const audit = (a) => r.audits[a]?.numericValue ?? NaN;
    rows.push({
      performance: score('performance'), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), si: audit('speed-index'),
      accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
      version: r.lighthouseVersion,
    });
  }
  if (!rows.length) return;
  const med = (k) => stats(rows.map((r) => r[k])).median;
  const all = (k, f) => rows.map((r) => f(r[k])).join(', ');
  log(`\nLighthouse ${rows[0].version}, ${url}, mobile defaults (simulated slow 4G, 4× CPU), median of ${rows.length} runs (each run in brackets):`);
  log(`  performance score  ${med('performance').toFixed(0).padStart(6)}      (${all('performance', (v) => v.toFixed(0))})`);
  log(`  FCP                ${(med('fcp') / 1000).toFixed(2).padStart(6)} s    (${all('fcp', (v) => (v / 1000).toFixed(2))})`);
  log(`  LCP                ${(med('lcp') / 1000).toFixed(2).padStart(6)} s    (${all('lcp', (v) => (v / 1000).toFixed(2))})`);
  log(`  TBT                ${med('tbt').toFixed(0).padStart(6)} ms   (${all('tbt', (v) => v.toFixed(0))})`);
  log(`  CLS                ${med('cls').toFixed(3).padStart(6)}      (${all('cls', (v) => v.toFixed(3))})`);
  log(`  Speed Index        ${(med('si') / 1000).toFixed(2).padStart(6)} s    (${all('si', (v) => (v / 1000).toFixed(2))})`);
  log(`  accessibility      ${med('accessibility').toFixed(0).padStart(6)}      (${all('accessibility', (v) => v.toFixed(0))})`);
  log(`  best practices     ${med('bestPractices').toFixed(0).padStart(6)}      (${all('bestPractices', (v) => v.toFixed(0))})`);
  log(`  SEO                ${med('seo').toFixed(0).padStart(6)}      (${all('seo', (v) => v.toFixed(0))})`);
}

export async function run({ browser, baseURL, root, log, stats, waitForServer }) {
  // Beside run.mjs's ports (4180 and 4181 by default). Not 4190: browsers refuse it (the
  // Fetch standard's "bad ports").
  const peersPort = Number(process.env.ATLAS_BENCH_PEERS_PORT ?? Number(new URL(baseURL).port) + 2);
  const peersURL = `http://127.0.0.1:${peersPort}/`;
  const { out, versions } = await preparePeers(root, baseURL);
  const server = spawn('node', [resolve(root, 'serve.mjs'), out, String(peersPort), '--lifetime', '3600', '--gzip-only'], { stdio: 'ignore' });
  try {
    await waitForServer(peersURL + 'd3/');
    const targets = [
      { name: 'atlas', url: `${baseURL}?view=map&lang=en`, atlas: true },
      { name: 'ECharts', url: `${peersURL}echarts/` },
      { name: 'd3-geo', url: `${peersURL}d3/` },
    ];
    log(`peers: ${versions.join(', ')}; served from ${peersURL}`);
    // One unmeasured load of each page: the servers compress each file on its first request.
    for (const target of targets) await load(browser, target, PROFILES[0]);

    const results = {}; // results[profile][page] = [load results]
    for (const profile of PROFILES) {
      results[profile.name] = Object.fromEntries(targets.map((t) => [t.name, []]));
      for (let i = 0; i < profile.loads; i++) {
        for (const target of targets) results[profile.name][target.name].push(await load(browser, target, profile));
      }
    }

    const med = (profile, page, key) => stats(results[profile][page].map((r) => r[key]).filter(Number.isFinite)).median ?? NaN;
    const cell = (list, key, digits = 0) => {
      const ok = list.map((r) => r[key]).filter(Number.isFinite);
      if (!ok.length) return 'n/a';
      const s = stats(ok);
      const missed = list.length - ok.length;
      return `${s.median.toFixed(digits)} / ${s.p95.toFixed(digits)}${missed ? ` (${missed} missed)` : ''}`;
    };
    for (const profile of PROFILES) {
      log(`\n### ${profile.name} (${profile.label}), ${profile.loads} cold loads per page, alternating`);
      const widths = [12, 16, 16, 16, 15, 18, 16, 11, 22];
      const row = (cells) => log(cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
      row(['median / p95', 'map visible ms', 'interactive ms', 'app ready ms', 'KB by visible', 'KB by interactive', 'KB by ready', 'FCP ms', 'LCP ms']);
      for (const target of targets) {
        const list = results[profile.name][target.name];
        row([target.name, ...['visible', 'interactive', 'ready', 'kbVisible', 'kbInteractive', 'kbReady', 'fcp', 'lcp'].map((key) => cell(list, key))]);
      }
    }
    log('interactive: atlas, first frame with Kenya\'s panel, clicking Kenya every 50 ms from map visible on; the peers have');
    log('  no panel, so theirs is their map visible; until the app runs, the atlas\'s panel is the first view\'s. app ready:');
    log('  the first frame with the app in the first view\'s place. KB: encoded bytes received by then. LCP: the browser stops reporting');
    log('  candidates at the first input, so an atlas load whose first candidate came after the first click has none ("missed").');

    const ratio = (a, b) => (a / b).toFixed(2);
    const line = (label, value, target) => log(`  ${label.padEnd(52)} ${String(value).padStart(7)}   target ${target}`);
    log('\nRatios of medians (printed only, never checked):');
    line('slow 4G map visible, atlas / ECharts', ratio(med('slow 4G', 'atlas', 'visible'), med('slow 4G', 'ECharts', 'visible')), '≤ 0.4');
    line('slow 4G map visible, atlas / d3-geo', ratio(med('slow 4G', 'atlas', 'visible'), med('slow 4G', 'd3-geo', 'visible')), '≤ 1.0');
    line('4G map visible, atlas / ECharts', ratio(med('4G', 'atlas', 'visible'), med('4G', 'ECharts', 'visible')), '≤ 0.5');
    line('4G map visible, atlas / d3-geo', ratio(med('4G', 'atlas', 'visible'), med('4G', 'd3-geo', 'visible')), '(none)');
    line('slow 4G atlas interactive / ECharts map visible', ratio(med('slow 4G', 'atlas', 'interactive'), med('slow 4G', 'ECharts', 'visible')), '≤ 1.0');
    line('slow 4G atlas app ready / ECharts map visible', ratio(med('slow 4G', 'atlas', 'ready'), med('slow 4G', 'ECharts', 'visible')), '(none)');
    line('atlas KB before map visible (slow 4G)', med('slow 4G', 'atlas', 'kbVisible').toFixed(0), '≤ 120 KB');
  } finally {
    server.kill();
  }

  lighthouse(`${baseURL}?view=map`, root, LIGHTHOUSE_RUNS, log, stats);
}
