// Embedding: embed mode, the embed dialog, snippets pasted into a page on another origin,
// auto-resize, isolation both ways, and the Content-Security-Policy.
import { test, expect, openApp, hostOrigin } from './fixtures.mjs';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const generated = join(dirname(fileURLToPath(import.meta.url)), 'host', 'generated');

// The embed controls' names in each interface language.
const LABELS = {
  en: { button: 'Embed', dialog: 'Embed this view', iframe: '1. The view (iframe), with its current state',
    script: '2. Automatic height (script, once per page)', copy: 'Copy', copied: 'Copied to the clipboard.' },
  zh: { button: '嵌入', dialog: '嵌入此视图', iframe: '1. 视图（iframe），包含当前状态',
    script: '2. 自动高度（脚本，每个网页一次）', copy: '复制', copied: '已复制到剪贴板。' },
  de: { button: 'Einbetten', dialog: 'Diese Ansicht einbetten', iframe: '1. Die Ansicht (iframe) mit ihrem aktuellen Zustand',
    script: '2. Automatische Höhe (Skript, einmal pro Seite)', copy: 'Kopieren', copied: 'In die Zwischenablage kopiert.' },
};
const labelsFor = (query) => LABELS[new URLSearchParams(query).get('lang') ?? 'en'];

/** Reads the two snippets from the embed dialog of the view at `query`. */
async function snippetsFor(page, query) {
  const l = labelsFor(query);
  await openApp(page, query);
  await page.getByRole('button', { name: l.button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: l.dialog });
  await expect(dialog).toBeVisible();
  const iframe = await dialog.getByLabel(l.iframe).inputValue();
  const script = await dialog.getByLabel(l.script).inputValue();
  return { iframe, script };
}

/** Waits until the iframe named `name` is as tall as its app's content, and returns that height. */
async function settledHeight(page, name) {
  const frame = page.locator(`iframe[name="${name}"]`);
  const app = () => page.frames().find((f) => f.name() === name);
  let height = 0;
  await expect
    .poll(async () => {
      const content = await app()?.evaluate(() => document.querySelector('.skills-atlas')?.scrollHeight ?? 0);
      height = await frame.evaluate((f) => f.getBoundingClientRect().height);
      return Math.abs(height - content) <= 1 && content > 200;
    })
    .toBe(true);
  return height;
}

/** Writes a host page made of `body` (the pasted snippets) and opens it on the second origin. */
async function openHostPage(page, body, testInfo) {
  mkdirSync(generated, { recursive: true });
  const name = `${testInfo.testId}.html`;
  writeFileSync(
    join(generated, name),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A site owner's page</title>
      <link rel="stylesheet" href="/hostile.css"></head>
      <body><h1>Partner news</h1><button class="sa-button skills-atlas" id="host-button">Host button</button>
      ${body}</body></html>`,
  );
  await page.goto(`${hostOrigin()}/generated/${name}`);
}

test('embed mode shows only the view, with source, notice and a link to the full atlas', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=about&embed=1&lang=de');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('22. Januar 2026');
  await expect(footer).toContainText('illustrative');
  const full = footer.getByRole('link', { name: 'Im vollständigen Atlas öffnen' });
  await expect(full).toHaveAttribute('href', './?view=about&lang=de');
  await expect(full).toHaveAttribute('target', '_blank');
  expect(consoleErrors).toEqual([]);
});

test('the embed dialog shows the snippets with the current state and confirms the copy', async ({ page, context, consoleErrors }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { iframe, script } = await snippetsFor(page, '?view=about&lang=zh&theme=dark');
  expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=about&amp;lang=zh&amp;theme=dark&amp;embed=1"/);
  expect(iframe).toContain('loading="lazy"');
  expect(iframe).toContain('title="关于数据 · 技能地图"');
  expect(script).toMatch(
    /^<script src="http:\/\/127\.0\.0\.1:\d+\/embed-[0-9a-f]{16}\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous" async><\/script>$/,
  );
  // The versioned file is served, and its integrity value is its own SHA-384.
  const src = script.match(/src="([^"]+)"/)[1];
  const body = await page.request.get(src);
  expect(body.status()).toBe(200);
  const digest = createHash('sha384').update(await body.body()).digest('base64');
  expect(script).toContain(`integrity="sha384-${digest}"`);

  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('iframe')).toHaveAttribute('src', /embed=1/);
  await dialog.getByRole('button', { name: LABELS.zh.copy }).first().click();
  await expect(dialog.getByRole('status')).toHaveText('已复制到剪贴板。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('where the clipboard is missing (plain HTTP), Copy selects the snippet and says to press Ctrl+C', async ({ page, consoleErrors }) => {
  // Browsers leave navigator.clipboard undefined outside secure contexts.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  const { iframe } = await snippetsFor(page, '?view=about&lang=de');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: LABELS.de.copy }).first().click();
  await expect(dialog.getByRole('status')).toContainText('Strg+C');
  const field = dialog.getByLabel(LABELS.de.iframe);
  await expect(field).toBeFocused();
  const selected = await field.evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  expect(selected).toBe(iframe);
  expect(consoleErrors).toEqual([]);
});

test('pasted on another origin, views size themselves, translate, theme, and stay isolated', async ({ page, consoleErrors }, testInfo) => {
  const about = await snippetsFor(page, '?view=about&lang=zh&theme=dark');
  const search = await snippetsFor(page, '?view=search&lang=de');
  await openHostPage(page, `${about.iframe}\n${search.iframe}\n${about.script}`, testInfo);

  const frames = page.locator('iframe[data-skills-atlas]');
  await expect(frames).toHaveCount(2);
  const aboutFrame = page.frameLocator('iframe[name="skills-atlas-about"]');
  await expect(aboutFrame.getByRole('heading', { level: 1, name: '关于数据' })).toBeVisible();
  const searchFrame = page.frameLocator('iframe[name="skills-atlas-search"]');
  await expect(searchFrame.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();

  // Each iframe takes its content's height (the About page is far taller than 640 px).
  expect(await settledHeight(page, 'skills-atlas-about')).toBeGreaterThan(1000);
  const contentHeight = (name) =>
    page.locator(`iframe[name="${name}"]`).evaluate((f) => f.contentDocument?.body?.scrollHeight ?? -1);
  expect(await contentHeight('skills-atlas-about')).toBe(-1); // cross-origin: the host cannot read it

  // Theme and language applied inside the frame.
  const aboutApp = page.frames().find((f) => f.name() === 'skills-atlas-about');
  expect(await aboutApp.evaluate(() => getComputedStyle(document.querySelector('.skills-atlas')).backgroundColor)).toBe(
    'rgb(15, 20, 25)',
  );
  expect(await aboutApp.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

  // The host's CSS does not leak in …
  const headingColor = await aboutApp.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
  expect(headingColor).not.toBe('rgb(255, 0, 0)');
  // … and the atlas's CSS does not leak out.
  const hostButton = page.locator('#host-button');
  expect(await hostButton.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 128, 0)');
  expect(await hostButton.evaluate((b) => getComputedStyle(b).display)).toBe('none');
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);

  // Follows its content when it grows: the embedded app's content gets taller.
  const frameHeight = (name) => page.locator(`iframe[name="${name}"]`).evaluate((f) => f.getBoundingClientRect().height);
  // (Chromium pauses rendering, and so ResizeObserver, in cross-origin frames out of view.)
  await page.locator('iframe[name="skills-atlas-search"]').scrollIntoViewIfNeeded();
  const before = await settledHeight(page, 'skills-atlas-search');
  await page.frames().find((f) => f.name() === 'skills-atlas-search').evaluate(() => {
    const grow = document.createElement('div');
    grow.style.height = '900px';
    document.querySelector('.sa-main').append(grow);
  });
  await expect.poll(() => frameHeight('skills-atlas-search')).toBeGreaterThan(before + 800);
  expect(consoleErrors).toEqual([]);
});

test('fake or foreign messages change nothing', async ({ page, consoleErrors }, testInfo) => {
  const about = await snippetsFor(page, '?view=about');
  await openHostPage(page, `${about.iframe}\n${about.script}`, testInfo);
  const frame = page.locator('iframe[name="skills-atlas-about"]');
  const settled = await settledHeight(page, 'skills-atlas-about');
  expect(settled).toBeGreaterThan(1000);

  await page.evaluate(() => {
    // From the host itself, with the right type and name but a fake height.
    window.postMessage({ type: 'skills-atlas:resize', id: 'skills-atlas-about', height: 150 }, '*');
    // A foreign type, and junk.
    window.postMessage({ type: 'something-else', height: 150 }, '*');
    window.postMessage('skills-atlas:resize 150', '*');
    // Into the app: it listens to no messages and must not react.
    const f = document.querySelector('iframe[name="skills-atlas-about"]');
    f.contentWindow.postMessage({ type: 'skills-atlas:resize', height: 150 }, '*');
    f.contentWindow.postMessage({ type: 'skills-atlas:navigate', view: 'map' }, '*');
  });
  await page.waitForTimeout(500);
  expect(await frame.evaluate((f) => f.getBoundingClientRect().height)).toBe(settled);
  await expect(page.frameLocator('iframe[name="skills-atlas-about"]').getByRole('heading', { level: 1 })).toHaveText(
    'About the data',
  );
  expect(consoleErrors).toEqual([]);
});

test('the loader ignores frames not its own and heights that are not sane', async ({ page, consoleErrors }, testInfo) => {
  const about = await snippetsFor(page, '?view=about');
  // A second view of the atlas, pasted without the marker: not one of the loader's frames.
  const unmarked = about.iframe.replace(' data-skills-atlas', '').replace('name="skills-atlas-about"', 'name="plain-frame"');
  await openHostPage(page, `${about.iframe}\n${unmarked}\n${about.script}`, testInfo);
  const settled = await settledHeight(page, 'skills-atlas-about');
  const height = (name) => page.locator(`iframe[name="${name}"]`).evaluate((f) => f.getBoundingClientRect().height);
  const atlas = page.frames().find((f) => f.name() === 'skills-atlas-about');
  const plain = page.frames().find((f) => f.name() === 'plain-frame');
  await expect(plain.getByRole('heading', { level: 1 })).toHaveText('About the data');

  // The unmarked frame posts its own heights with the right type and origin: no effect;
  // nor may it pass itself off as the marked frame.
  await plain.evaluate(() => {
    parent.postMessage({ type: 'skills-atlas:resize', id: 'plain-frame', height: 2500 }, '*');
    parent.postMessage({ type: 'skills-atlas:resize', id: 'skills-atlas-about', height: 2500 }, '*');
  });
  // The marked frame sends heights that are not numbers, not finite, not positive.
  await atlas.evaluate(() => {
    for (const height of [NaN, -5, 0, Infinity, '900', null]) {
      parent.postMessage({ type: 'skills-atlas:resize', id: 'skills-atlas-about', height }, '*');
    }
  });
  await page.waitForTimeout(500);
  expect(await height('plain-frame')).toBe(640);
  expect(await height('skills-atlas-about')).toBe(settled);

  // A huge height is kept within the loader's maximum.
  await atlas.evaluate(() =>
    parent.postMessage({ type: 'skills-atlas:resize', id: 'skills-atlas-about', height: 1e9 }, '*'),
  );
  await expect.poll(() => height('skills-atlas-about')).toBe(20000);
  expect(consoleErrors).toEqual([]);
});

test('custom-element attributes cannot move the frame off the atlas or out of embed mode', async ({ page, consoleErrors }, testInfo) => {
  const { script } = await snippetsFor(page, '?view=about');
  await openHostPage(
    page,
    `<skills-atlas view="about" embed="0" src="https://evil.example/" origin="https://evil.example"
       lang="de&amp;embed=0" q="x&amp;embed=0#top"></skills-atlas>\n${script}`,
    testInfo,
  );
  const src = await page.locator('skills-atlas iframe').getAttribute('src');
  const url = new URL(src);
  const atlasOrigin = new URL(script.match(/src="([^"]+)"/)[1]).origin;
  expect(url.origin).toBe(atlasOrigin);
  expect(url.searchParams.getAll('embed')).toEqual(['1']);
  expect(url.searchParams.get('lang')).toBe('de&embed=0');
  expect(url.hash).toBe('');
  await expect(page.frameLocator('skills-atlas iframe').getByRole('heading', { level: 1 })).toHaveText('About the data');
  expect(consoleErrors).toEqual([]);
});

test('the custom element creates a sized, translated iframe', async ({ page, consoleErrors }, testInfo) => {
  const { script } = await snippetsFor(page, '?view=about');
  await openHostPage(page, `<skills-atlas view="about" lang="de" theme="dark"></skills-atlas>\n${script}`, testInfo);
  const frame = page.frameLocator('skills-atlas iframe');
  await expect(frame.getByRole('heading', { level: 1, name: 'Über die Daten' })).toBeVisible();
  await expect
    .poll(() => page.locator('skills-atlas iframe').evaluate((f) => f.getBoundingClientRect().height))
    .toBeGreaterThan(1000);
  expect(consoleErrors).toEqual([]);
});

test('the Content-Security-Policy is present and enforced', async ({ page }) => {
  const violations = [];
  page.on('console', (msg) => msg.type() === 'error' && violations.push(msg.text()));
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const policy = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([n, ...v]) => [n, v]));
  expect(policy['script-src'].slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy['script-src'].slice(2).every((v) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(v))).toBe(true);
  expect(policy['style-src']).toEqual(["'self'"]);
  expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"]);
  expect(policy['require-trusted-types-for']).toEqual(["'script'"]);
  expect(policy['trusted-types']).toEqual(['skills-atlas', 'default', 'sa-first-view']);
  expect(csp).not.toContain("'unsafe-eval'");
  // The map was drawn through the app's Trusted Types policy.
  await expect(page.locator('.sa-map-countries > *').first()).toBeAttached();

  // Markup that could run something is refused, even through the default policy, and so
  // is a third policy.
  const refused = await page.evaluate(() => {
    const out = [];
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__injected=1">');
      out.push('insertAdjacentHTML ran');
    } catch (e) {
      out.push(e.name);
    }
    try {
      trustedTypes.createPolicy('other', { createHTML: (s) => s });
      out.push('second policy created');
    } catch (e) {
      out.push(e.name);
    }
    return out;
  });
  expect(refused).toEqual(['TypeError', 'TypeError']);
  // An inline <style> element is refused (only stylesheets from the site apply).
  const styleBlocked = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const s = document.createElement('style');
        s.textContent = 'body { display: none }';
        document.head.append(s);
      }),
  );
  expect(await styleBlocked).toMatch(/^style-src/);
  expect(await page.locator('script:not([src])').count()).toBe(0);

  // A script's text is a Trusted Types sink with no policy for scripts: refused before the
  // script-src check is even reached.
  const blocked = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        try {
          s.textContent = 'window.__injected = true;';
        } catch {
          // reported as a violation of require-trusted-types-for
        }
        document.head.append(s);
      }),
  );
  expect(await blocked).toBe('require-trusted-types-for');
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  expect(violations.some((v) => v.includes('Content Security Policy'))).toBe(true);
});

test('controls=0 hides the view controls and an accent colour applies', async ({ page, consoleErrors }) => {
  await openApp(page, '?embed=1&accent=c2410c');
  await expect(page.getByRole('button', { name: 'Table view' })).toBeVisible();
  expect(await page.locator('.skills-atlas').evaluate((el) => getComputedStyle(el).getPropertyValue('--sa-accent').trim())).toBe(
    '#c2410c',
  );
  await openApp(page, '?embed=1&controls=0');
  await expect(page.locator('svg.sa-map-svg')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Table view' })).toBeHidden();
  await expect(page.getByRole('slider')).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
