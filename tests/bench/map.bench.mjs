// The map: navigation start → `atlas:map-drawn` mark (countries, arcs and points in the
// DOM), redraw after a year change and after a layer toggle (measured in-page around the
// input event until the DOM has changed and a frame has passed), JS heap and wasm memory,
// at ×1 and ×100 data. Prints medians and p95; never fails on timing.

export const name = 'map: first draw, year change, layer toggle, memory';

const RUNS = 12;

/** Runs in the page: changes the slider or a checkbox and times until the next frame after
 *  the DOM reacted. */
function timeInput(kind) {
  return new Promise((resolve) => {
    const target = kind === 'year' ? document.querySelector('#sa-year') : document.querySelector('.sa-legend-item input');
    const svg = document.querySelector('.sa-map-svg');
    const start = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    const observer = new MutationObserver(finish);
    observer.observe(svg, { attributes: true, subtree: true, childList: true });
    if (kind === 'year') {
      const y = Number(target.value);
      target.value = String(y > 2015 ? y - 1 : 2025);
      target.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      target.click();
    }
    // Nothing changed in the DOM (should not happen): stop after a frame anyway.
    setTimeout(finish, 1000);
  });
}

async function measure(browser, url, log, stats, label) {
  const drawn = [], years = [], layers = [], heap = [], wasm = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__atlasWasm = e.detail?.wasm; });
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:map-drawn').length > 0, null, { timeout: 30000 });
    drawn.push(await page.evaluate(() => performance.getEntriesByName('atlas:map-drawn')[0].startTime));
    await page.waitForTimeout(50);
    for (let k = 0; k < 3; k++) {
      years.push(await page.evaluate(timeInput, 'year'));
      layers.push(await page.evaluate(timeInput, 'layer'));
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
  log(`${label} redraw after year change:         ${fmt(stats(years), 'ms')}`);
  log(`${label} redraw after layer toggle:        ${fmt(stats(layers), 'ms')}`);
  log(`${label} JS heap used:                     ${fmt(stats(heap), 'MB')}`);
  log(`${label} wasm memory:                      ${fmt(stats(wasm), 'MB')}`);
  return stats(drawn).median;
}

export async function run({ browser, baseURLs, log, stats }) {
  const one = await measure(browser, baseURLs[1], log, stats, '×1  ');
  const hundred = await measure(browser, baseURLs[100], log, stats, '×100');
  log(`×100 / ×1 first draw: ${(hundred / one).toFixed(2)}`);
}
