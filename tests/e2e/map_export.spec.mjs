// Map downloads: PNG (2×) and SVG with the title and notice, CSV with exactly the table's rows.
import { test, expect, openApp, inBlankPage, download as downloadFrom } from './fixtures.mjs';

/** A file from the map's download menu. */
const download = (page, name) => downloadFrom(page, page.locator('.sa-map-toolbar'), name);

test('the map downloads as PNG, SVG and CSV that match the table', async ({ page, consoleErrors }) => {
  await openApp(page, '?year=2021');
  await expect(page.locator('svg.sa-map-svg')).toBeVisible();

  const csv = await download(page, 'CSV data');
  expect(csv.name).toBe('cooperation-map-2021.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^Country,ISO code,/);

  // The CSV holds exactly the table view's rows (same countries, same certifications).
  await page.getByRole('button', { name: 'Table view' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const tableRows = await table.locator('tbody tr').count();
  expect(lines.length - 1).toBe(tableRows);
  const firstCells = await table.locator('tbody tr').first().locator('th, td').allInnerTexts();
  const firstCsv = lines[1].split(',');
  expect(firstCsv[0]).toBe(firstCells[0].trim());
  expect(firstCsv[2]).toBe(firstCells[1].trim().replace(/,/g, ''));
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.locator('svg.sa-map-svg')).toBeVisible();

  const svg = await download(page, 'SVG image');
  expect(svg.name).toBe('cooperation-map-2021.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain('Chongqing’s skills-cooperation network, 2021');
  expect(svgText).toContain('Illustrative data');
  expect(await inBlankPage(page, (t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror'), svgText)).toBeNull();
  // The file keeps what the page's stylesheet gave: arc gradients' colours, and the
  // micro-states' counter-scaled positions resolved (the file has no CSS variables).
  const exported = await inBlankPage(page, (t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const stops = [...doc.querySelectorAll('stop')];
    const points = [...doc.querySelectorAll('circle[data-country]')];
    return {
      stops: stops.length,
      coloured: stops.filter((s) => /stop-color:\s*rgb/.test(s.getAttribute('style') ?? '')).length,
      points: points.length,
      placed: points.filter((c) => /transform:\s*matrix/.test(c.getAttribute('style') ?? '')).length,
      variables: points.filter((c) => (c.getAttribute('style') ?? '').includes('var(')).length,
      paths: doc.querySelectorAll('path').length,
    };
  }, svgText);
  // Only what the page draws is in the file: no arcs of a layer that is off (talent flows,
  // by default), no glyph of a later year.
  const drawnPaths = await page.evaluate(
    () => {
      // (`checkVisibility()` does not see a hidden SVG ancestor, so walk up the tree.)
      const shown = (e) => !e || (getComputedStyle(e).display !== 'none' && shown(e.parentElement));
      return [...document.querySelectorAll('svg.sa-map-svg path')].filter(shown).length;
    },
  );
  expect(exported.paths).toBe(drawnPaths);
  expect(exported.stops).toBeGreaterThan(0);
  expect(exported.coloured).toBe(exported.stops);
  expect(exported.points).toBeGreaterThan(0);
  expect(exported.placed).toBe(exported.points);
  expect(exported.variables).toBe(0);

  const png = await download(page, 'PNG image');
  expect(png.name).toBe('cooperation-map-2021.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  const svgWidth = Number(svgText.match(/<svg[^>]*\swidth="([\d.]+)"/)[1]);
  expect(width).toBe(Math.round(svgWidth * 2));
  expect(consoleErrors).toEqual([]);
});

// What the exported frame holds, read in a blank page: the map's own size, whether every
// path of the drawing lies inside its viewBox, the hub label's paint order, and the longest
// band of blank rows inside the PNG.
async function frameOf(page, svgText, pngBytes) {
  return inBlankPage(page, async ([t, png]) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const host = document.body.appendChild(document.importNode(doc.documentElement, true));
    const map = host.querySelector('svg[data-export="whole"]');
    const [vx, vy, vw, vh] = map.getAttribute('viewBox').split(/\s+/).map(Number);
    const outside = [...map.querySelectorAll('g[data-zoom] path')].filter((p) => {
      const b = p.getBBox();
      if (b.width === 0 && b.height === 0) return false;
      return b.x < vx - 0.5 || b.y < vy - 0.5 || b.x + b.width > vx + vw + 0.5 || b.y + b.height > vy + vh + 0.5;
    }).length;
    const hub = [...map.querySelectorAll('text')].find((e) => e.textContent === 'Chongqing');
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let longest = 0;
    let run = 0;
    let started = false;
    for (let y = 0; y < img.height; y += 1) {
      let blank = true;
      for (let x = 0; x < img.width && blank; x += 1) {
        const i = (y * img.width + x) * 4;
        blank = data[i] > 250 && data[i + 1] > 250 && data[i + 2] > 250;
      }
      if (blank) {
        run += 1;
      } else {
        if (started) longest = Math.max(longest, run);
        started = true;
        run = 0;
      }
    }
    return {
      width: Number(map.getAttribute('width')),
      height: Number(map.getAttribute('height')),
      outside,
      paths: map.querySelectorAll('g[data-zoom] path').length,
      hubPaintOrder: hub?.getAttribute('style')?.match(/paint-order:\s*([^;]+)/)?.[1] ?? null,
      blankBand: longest / img.height,
    };
  }, [svgText, [...pngBytes]]);
}

test('the map files frame the whole map at its own proportions, on a phone and a wide screen', async ({ page, consoleErrors }) => {
  // Three screens, two downloads each, and every PNG row read back.
  test.setTimeout(120_000);
  const frames = [];
  for (const [width, height, zoom] of [[390, 844, false], [1366, 900, true], [1920, 1080, false]]) {
    await page.setViewportSize({ width, height });
    await openApp(page, '?year=2025');
    await expect(page.locator('svg.sa-map-svg')).toBeVisible();
    if (zoom) {
      // Zoomed in and panned: the file still holds the whole map.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
    }
    // On a narrow screen the download buttons may sit further down; the download is the same.
    const svg = await download(page, 'SVG image');
    const png = await download(page, 'PNG image');
    const f = await frameOf(page, svg.bytes.toString('utf8'), png.bytes);
    expect(f.paths).toBeGreaterThan(50);
    expect(f.outside, `${width}px: paths outside the frame`).toBe(0);
    expect(f.hubPaintOrder, `${width}px: the hub label's halo`).toMatch(/^stroke/);
    expect(f.blankBand, `${width}px: a blank band in the PNG`).toBeLessThan(0.1);
    frames.push([f.width, f.height]);
  }
  // The map's proportions, not the window's: the same frame from every screen.
  expect(new Set(frames.map((f) => f.join('x'))).size).toBe(1);
  expect(frames[0][0] / frames[0][1]).toBeGreaterThan(1.7);
  expect(consoleErrors).toEqual([]);
});

test('the download menu opens from the keyboard, closes on Esc and on a click outside', async ({ page, consoleErrors }) => {
  await openApp(page);
  const toggle = page.locator('.sa-map-toolbar').getByRole('button', { name: 'Download', exact: true });
  // The button names its list (aria-controls); the list's choices follow it in the tab order.
  const choices = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(choices).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(choices).toHaveRole('group');
  await expect(choices).toHaveAccessibleName('Download');
  await expect(choices.getByRole('button')).toHaveText(['PNG image', 'SVG image', 'CSV data']);
  await page.keyboard.press('Tab');
  await expect(choices.getByRole('button', { name: 'PNG image' })).toBeFocused();
  // Esc closes the list (not the country panel), and focus returns to the button.
  await page.keyboard.press('Escape');
  await expect(choices).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await expect(choices).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(choices).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // A choice closes it too.
  const file = await download(page, 'CSV data');
  expect(file.name).toMatch(/^cooperation-map-\d{4}\.csv$/);
  await expect(choices).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
