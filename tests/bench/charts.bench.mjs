// Charts: view ready (all charts drawn, `atlas:charts-drawn`), redraw after a year or a
// selection change, at ×1 and ×100 data, and the time to produce a PNG export.
export const name = 'charts: first draw, redraw, PNG export';

const RUNS = 40;
// The first changes after a load run while Chromium still compiles the hot wasm functions
// with its optimising tier; they are reported on their own line, before the measured runs.
const WARMUP = 10;

async function firstDraw(browser, url, gotoMark) {
  const page = await browser.newPage();
  await gotoMark(page, `${url}?view=charts`, 'atlas:charts-drawn');
  const t = await page.evaluate(() => performance.getEntriesByName('atlas:charts-drawn')[0].startTime);
  await page.close();
  return t;
}

/** Time from a change event to the re-rendered, laid-out charts. */
async function redraws(page, change, runs) {
  return page.evaluate(async ({ change, runs }) => {
    const select = document.querySelector('.sa-charts-toolbar select');
    const years = ['2019', '2021', '2023', '2025', ''];
    const bars = () => [...document.querySelectorAll('#sa-chart-certifications-by-country rect[role=button]')];
    const out = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      if (change === 'year') {
        select.value = years[i % years.length];
        select.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const b = bars();
        b[i % b.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
      // Leptos re-renders in a microtask; a zero-delay timeout runs after it, and reading
      // a layout property includes the browser's style and layout work in the figure.
      const done = await new Promise((r) => setTimeout(() => {
        void document.querySelector('.sa-chart-list').offsetHeight;
        r(performance.now() - t0);
      }, 0));
      // Charts far off screen are redrawn in the next animation frame; this frame callback
      // was queued after theirs, so by now every chart shows the change.
      const all = await new Promise((r) => requestAnimationFrame(() => r(performance.now() - t0)));
      out.push([done, all]);
    }
    return out;
  }, { change, runs });
}

export async function run({ browser, baseURLs, log, stats, gotoMark }) {
  for (const scale of [1, 100]) {
    const url = baseURLs[scale];
    const draws = [];
    for (let i = 0; i < 10; i++) draws.push(await firstDraw(browser, url, gotoMark));
    const d = stats(draws);
    log(`×${scale} charts drawn after navigation start: median ${d.median.toFixed(0)} ms, p95 ${d.p95.toFixed(0)} ms (n=${d.n})`);
    const page = await browser.newPage();
    await page.goto(`${url}?view=charts`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:charts-drawn').length > 0, null, { timeout: 60_000 });
    // Start-up work after the first paint (the search index, built once in idle time at ×1)
    // is over before a person would reach for the year menu.
    await page.waitForTimeout(600);
    for (const change of ['year', 'selection']) {
      const w = stats((await redraws(page, change, WARMUP)).map((x) => x[0]));
      log(`×${scale} first ${WARMUP} ${change} changes after load (warm-up): median ${w.median.toFixed(1)} ms, max ${w.max.toFixed(1)} ms`);
      const runs = await redraws(page, change, RUNS);
      const s = stats(runs.map((x) => x[0]));
      const a = stats(runs.map((x) => x[1]));
      log(`×${scale} redraw after a ${change} change: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`);
      log(`×${scale}   every chart updated (next frame, incl. the frame wait): median ${a.median.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms`);
    }
    if (scale === 1) {
      const times = [];
      const figure = page.locator('#sa-chart-certifications-by-country');
      for (let i = 0; i < 10; i++) {
        // The formats sit in the chart's Download menu (a person opens it first; the clock
        // starts at the choice).
        const toggle = figure.getByRole('button', { name: 'Download' });
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        const t0 = Date.now();
        const [dl] = await Promise.all([
          page.waitForEvent('download'),
          figure.getByRole('group', { name: 'Download' }).getByRole('button', { name: 'PNG image', exact: true }).click(),
        ]);
        await dl.path();
        times.push(Date.now() - t0);
      }
      const p = stats(times);
      log(`×1 PNG export (click to file): median ${p.median.toFixed(0)} ms, p95 ${p.p95.toFixed(0)} ms (n=${p.n})`);
    }
    await page.close();
  }
}
