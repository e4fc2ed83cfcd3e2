// The map: navigation start → `atlas:map-drawn` mark (countries, arcs and points in the
// DOM), redraw after a year change and after a layer toggle (measured in-page from the
// input event: the redraw work, and the time to the next frame), JS heap and wasm memory,
// at ×1 and ×100 data. Prints medians and p95; never fails on timing.

export const name = 'map: first draw, year change, layer toggle, memory';

const RUNS = 12;
// Per load: the first changes (while Chromium still compiles hot wasm functions with its
// optimising tier) are reported apart from the steady ones measured after a warm-up.
const FIRST = 3;
const WARMUP = 10;
const STEADY = 5;

/** Runs in the page: changes the slider or a checkbox and returns two times from the input
 *  event: `work`, until the app's reactive updates have run and the browser has recomputed
 *  style and layout (what the main thread must do within one frame), and `frame`, until the
 *  next animation frame after that (adds the wait for the frame boundary, 0–16.7 ms). */
function timeInput(kind) {
  return new Promise((resolve) => {
    const target = kind === 'year' ? document.querySelector('#sa-year') : document.querySelector('.sa-legend-item input');
    const svg = document.querySelector('.sa-map-svg');
    let changed = false;
    const observer = new MutationObserver(() => { changed = true; });
    observer.observe(svg, { attributes: true, subtree: true, childList: true });
    const start = performance.now();
    if (kind === 'year') {
      const y = Number(target.value);
      target.value = String(y > 2015 ? y - 1 : 2025);
      target.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      target.click();
    }
    // Leptos runs its effects in microtasks; a message task runs after them.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      void svg.getBoundingClientRect().width; // forces style and layout of the changed SVG
      const work = performance.now() - start;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ work, frame: performance.now() - start, changed }));
    };
    channel.port2.postMessage(0);
  });
}

async function measure({ browser, log, stats, gotoMark }, url, label) {
  const drawn = [], years = [], yearFrames = [], layers = [], layerFrames = [], heap = [], wasm = [];
  const firstYears = [], firstLayers = [], fetched = [], parse = [], world = [], model = [];
  let unchanged = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__atlasWasm = e.detail?.wasm; });
    });
    await gotoMark(page, url, 'atlas:map-drawn');
    const t = await page.evaluate(() => {
      const d = (name) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
      const data = performance.getEntriesByType('resource').find((e) => e.name.endsWith('data/atlas.json'));
      return {
        drawn: performance.getEntriesByName('atlas:map-drawn')[0].startTime,
        fetched: data?.responseEnd ?? NaN,
        parse: d('atlas:data-parse'), world: d('atlas:world-parse'), model: d('atlas:map-model'),
      };
    });
    drawn.push(t.drawn);
    fetched.push(t.fetched);
    parse.push(t.parse);
    world.push(t.world);
    model.push(t.model);
    await page.waitForTimeout(50);
    for (let k = 0; k < FIRST + WARMUP + STEADY; k++) {
      const y = await page.evaluate(timeInput, 'year');
      const l = await page.evaluate(timeInput, 'layer');
      unchanged += !y.changed + !l.changed;
      if (k < FIRST) {
        firstYears.push(y.work);
        firstLayers.push(l.work);
      } else if (k >= FIRST + WARMUP) {
        years.push(y.work);
        yearFrames.push(y.frame);
        layers.push(l.work);
        layerFrames.push(l.frame);
      }
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await cdp.send('Runtime.getHeapUsage');
    heap.push(m.usedSize / 1048576);
    wasm.push(await page.evaluate(() => {
      const mem = window.__atlasWasm?.memory ?? window.wasmBindings?.__wasm?.memory;
      return mem ? mem.buffer.byteLength / 1048576 : NaN;
    }));
    await page.close();
  }
  const fmt = (s, unit, digits = 1) => `median ${s.median.toFixed(digits)} ${unit}, p95 ${s.p95.toFixed(digits)} ${unit} (n=${s.n})`;
  log(`${label} map drawn after navigation start: ${fmt(stats(drawn), 'ms', 0)}`);
  log(`${label}   of which: dataset received at ${fmt(stats(fetched), 'ms', 0)}`);
  log(`${label}   dataset parse + validate:      ${fmt(stats(parse), 'ms', 0)}`);
  log(`${label}   world geometry parse:          ${fmt(stats(world), 'ms', 0)}`);
  log(`${label}   map model (aggregation):       ${fmt(stats(model), 'ms', 0)}`);
  log(`${label} first ${FIRST} year changes after load: ${fmt(stats(firstYears), 'ms')}`);
  log(`${label} first ${FIRST} layer toggles after load: ${fmt(stats(firstLayers), 'ms')}`);
  log(`${label} after ${WARMUP} more changes (steady), ${STEADY} per load:`);
  log(`${label} year change, redraw work:        ${fmt(stats(years), 'ms')}  (target p95 ≤ 16 ms)`);
  log(`${label} year change, to next frame:       ${fmt(stats(yearFrames), 'ms')}`);
  log(`${label} layer toggle, redraw work:       ${fmt(stats(layers), 'ms')}`);
  log(`${label} layer toggle, to next frame:      ${fmt(stats(layerFrames), 'ms')}`);
  if (unchanged) log(`${label} WARNING: ${unchanged} inputs changed nothing in the map's DOM`);
  log(`${label} JS heap used:                     ${fmt(stats(heap), 'MB')}`);
  log(`${label} wasm memory:                      ${fmt(stats(wasm), 'MB')}`);
  return stats(drawn).median;
}

export async function run(ctx) {
  const one = await measure(ctx, ctx.baseURLs[1], '×1  ');
  const hundred = await measure(ctx, ctx.baseURLs[100], '×100');
  ctx.log(`×100 / ×1 first draw: ${(hundred / one).toFixed(2)}`);
}
