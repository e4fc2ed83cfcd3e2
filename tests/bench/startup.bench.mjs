// Start-up: navigation start to the app's first view being drawn, and bundle sizes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

export const name = 'start-up and bundle size';

export async function run({ browser, baseURL, root, log, stats, gotoMark }) {
  const dist = resolve(root, 'dist');
  for (const f of readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f))) {
    const raw = readFileSync(resolve(dist, f));
    log(`${f.padEnd(48)} ${String(statSync(resolve(dist, f)).size).padStart(9)} B raw ${String(gzipSync(raw, { level: 9 }).length).padStart(8)} B gzip`);
  }
  const times = [];
  for (let i = 0; i < 10; i++) {
    const page = await browser.newPage();
    // Marks the moment the view's heading is in the document (observed from inside the
    // page, so the harness runs nothing there while the app starts).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('h1')) {
          performance.mark('bench:first-h1');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await gotoMark(page, `${baseURL}?view=about`, 'bench:first-h1');
    times.push(await page.evaluate(() => performance.getEntriesByName('bench:first-h1')[0].startTime));
    await page.close();
  }
  const s = stats(times);
  log(`about view drawn after navigation start: median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (n=${s.n})`);
}
