// A dataset that is valid but full of hostile text: markup, quotes, formula starts, bidi
// overrides, names at the 4,096-byte cap, and text in many scripts. Map, charts, search,
// the downloads and the embed snippet show it as text, run nothing, and keep their layout,
// with the page's Trusted Types policy on.
import { test, expect, openApp, inBlankPage, download } from './fixtures.mjs';

const DATA = '**/data/atlas.json';
const HOSTILE = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  "'><svg onload=window.__xss=3>",
  '=HYPERLINK("http://evil.example","click")',
  'Evil \u202Egnp.exe\u202C Ltd',
  'W'.repeat(4000),
  'مركز التدريب المهني עברית कौशल केंद्र ศูนย์ฝึก 技能中心 Ünïcödé',
];

/** The committed dataset with every country, partner and standard renamed to hostile text
 *  (the country's code kept at the end, so each name is still its own). */
async function hostileDataset(request) {
  const data = await (await request.get('./data/atlas.json')).json();
  const rename = (text, i, suffix) => {
    const bad = HOSTILE[i % HOSTILE.length];
    // The long name stays within the 4,096-byte cap with its suffix.
    const name = bad.length > 1000 ? bad.slice(0, 4000 - suffix.length - 1) : bad;
    for (const lang of ['en', 'zh-Hans', 'de']) text[lang] = `${name} ${suffix}`;
  };
  data.countries.forEach((c, i) => rename(c.name, i, c.id));
  data.partners.forEach((p, i) => rename(p.name, i, p.id));
  data.standards.forEach((s, i) => rename(s.title, i, s.code));
  return data;
}

async function nothingRan(page) {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  // No element the hostile text spells exists in the page.
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
}

async function noSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/** Parses an exported SVG outside the app: it must be well-formed, with no script, no
 *  foreign element and no event-handler attribute. */
async function inertSvg(page, text) {
  return inBlankPage(
    page,
    (t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        ok: !doc.querySelector('parsererror') && doc.documentElement.localName === 'svg',
        scripts: doc.querySelectorAll('script, foreignObject, img, iframe').length,
        handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        bidi: /[\u202A-\u202E\u2066-\u2069]/.test(t),
      };
    },
    text,
  );
}

test.beforeEach(async ({ page, request }) => {
  const data = await hostileDataset(request);
  await page.route(DATA, (route) => route.fulfill({ status: 200, json: data }));
});

test('the map shows hostile names as text, and its downloads carry them inertly', async ({ page, consoleErrors }) => {
  // Kenya is the 6th country of the committed file: renamed to the long unbroken word.
  const data = await hostileDataset(page.request);
  const index = data.countries.findIndex((c) => c.id === 'KEN');
  await openApp(page, '?country=KEN');
  // The panel, like the map, drops the bidirectional overrides that would make a name read
  // backwards (core::xml_text); everything else shows as written.
  const shown = (name) => name.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
  const heading = page.getByRole('heading', { name: shown(data.countries[index].name.en) });
  await expect(heading).toBeVisible();
  await nothingRan(page);
  await noSidewaysScroll(page);

  // A country named with markup: its panel shows the markup as text.
  const tagged = data.countries.find((c) => c.name.en.startsWith('<img'));
  await openApp(page, `?country=${tagged.id}`);
  await expect(page.getByRole('heading', { name: shown(tagged.name.en) })).toBeVisible();
  await nothingRan(page);
  await noSidewaysScroll(page);

  const group = page.locator('.sa-map-toolbar');
  const svg = await download(page, group, 'SVG image');
  expect(await inertSvg(page, svg.bytes.toString('utf8'))).toEqual({ ok: true, scripts: 0, handlers: 0, bidi: false });
  const csv = (await download(page, group, 'CSV data')).bytes.toString('utf8');
  // The formula start is neutralised (a leading apostrophe), inside the quoted cell.
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")`);
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  const png = await download(page, group, 'PNG image');
  expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await nothingRan(page);
  expect(consoleErrors).toEqual([]);
});

test('charts and their downloads show hostile names as text, within the layout', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  const figure = page.getByRole('figure', { name: 'Certifications by country' });
  await expect(figure).toBeVisible();
  await nothingRan(page);
  await noSidewaysScroll(page);
  const svg = await download(page, figure, 'SVG image');
  expect(await inertSvg(page, svg.bytes.toString('utf8'))).toEqual({ ok: true, scripts: 0, handlers: 0, bidi: false });
  const csv = (await download(page, figure, 'CSV data')).bytes.toString('utf8');
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  await nothingRan(page);
  expect(consoleErrors).toEqual([]);
});

test('search finds hostile names and shows them as text', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search&q=onerror');
  const options = page.getByRole('listbox', { name: /Standards/ }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText('<img src=x onerror="window.__xss=1">');
  await nothingRan(page);
  await noSidewaysScroll(page);

  await page.getByRole('searchbox', { name: /Search standards/ }).fill('script');
  await expect(options.first()).toContainText('"><script>window.__xss=2</script>');
  await nothingRan(page);
  expect(consoleErrors).toEqual([]);
});

test('on a phone, the long names wrap instead of widening the page', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const query of ['?country=KEN', '?view=charts', '?view=search&q=www']) {
    await openApp(page, query);
    await nothingRan(page);
    await noSidewaysScroll(page);
  }
  expect(consoleErrors).toEqual([]);
});

test('the embed snippet of a view with hostile data stays two plain elements', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search&q=%3Cimg%20src%3Dx%3E');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const iframe = await dialog.getByLabel('1. The view (iframe), with its current state').inputValue();
  expect(iframe.match(/</g)).toHaveLength(2);
  expect(iframe).toContain('q=%3Cimg+src%3Dx%3E');
  await nothingRan(page);
  expect(consoleErrors).toEqual([]);
});
