// Chinese exports carry Chinese glyphs: the PNG of the map and of a chart, read back by
// pixels. On a machine without a CJK font every Chinese character rasterises as the same
// empty box ("tofu"), and so would a presenter's downloaded slide image.
import { test, expect, openApp, inBlankPage, download } from './fixtures.mjs';

/**
 * Reads the title out of an exported PNG by comparing it with references drawn in a blank
 * page of the same browser:
 * - `reference`: the title's lines as the SVG export gives them (text, position, font,
 *   colour), drawn with `fillText` on a white canvas of the PNG's size at its scale;
 * - `boxes`: the same, with every CJK character replaced by a private-use character, which
 *   no font has: the tofu a machine without a CJK font draws.
 * Each is compared with the PNG over the title's band, as ink (darkness) per pixel:
 * `Σ|a − b| / Σ(a + b)`, 0 for the same pixels, 1 for ink in different places.
 * Also draws each CJK character of the title alone: real glyphs are all different, and
 * none is the box.
 */
function titleGlyphs([svgText, pngBase64]) {
  return (async () => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = document.body.appendChild(document.importNode(doc.documentElement, true));
    const title = root.querySelector('title')?.textContent ?? '';
    // The title's lines: the first run of text elements that spell the title (it may wrap).
    const texts = [...root.querySelectorAll('text')];
    const squash = (s) => s.replace(/\s+/g, '');
    let lines = [];
    for (let i = 0; i < texts.length && !lines.length; i += 1) {
      let spelt = '';
      for (let j = i; j < texts.length && squash(title).startsWith(spelt + squash(texts[j].textContent)); j += 1) {
        spelt += squash(texts[j].textContent);
        if (spelt === squash(title)) lines = texts.slice(i, j + 1);
      }
    }
    if (!title || !lines.length) return { title, lines: 0 };

    const img = new Image();
    img.src = `data:image/png;base64,${pngBase64}`;
    await img.decode();
    const [width, height] = [img.width, img.height];
    const view = root.viewBox.baseVal;
    const scale = width / (view?.width || Number(root.getAttribute('width')));
    // The PNG is the SVG's frame, scaled alike both ways (else the band would be elsewhere).
    const scaleY = height / (view?.height || Number(root.getAttribute('height')));
    // From a text element's user space to the PNG's pixels.
    const toPixels = (t) => new DOMMatrix().scale(scale).translate(-(view?.x ?? 0), -(view?.y ?? 0)).multiply(t.getCTM());

    // The band: the lines' bounding boxes in pixels, with a margin of a few pixels.
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const t of lines) {
      const b = t.getBBox();
      const m = toPixels(t);
      for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height], [b.x + b.width, b.y]]) {
        const p = m.transformPoint({ x, y });
        [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
      }
    }
    const band = [Math.max(0, Math.floor(x0) - 4), Math.max(0, Math.floor(y0) - 4)];
    band.push(Math.min(width, Math.ceil(x1) + 4) - band[0], Math.min(height, Math.ceil(y1) + 4) - band[1]);

    const whiteCanvas = () => {
      const c = Object.assign(document.createElement('canvas'), { width, height });
      const ctx = c.getContext('2d', { willReadFrequently: true });
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      return ctx;
    };
    const inkOf = (ctx) => {
      const d = ctx.getImageData(...band).data;
      const ink = new Float64Array(d.length / 4);
      for (let i = 0; i < ink.length; i += 1) {
        ink[i] = 1 - (0.299 * d[4 * i] + 0.587 * d[4 * i + 1] + 0.114 * d[4 * i + 2]) / 255;
      }
      return ink;
    };
    const fontOf = (t) => {
      const s = getComputedStyle(t);
      return { weight: s.fontWeight, size: parseFloat(s.fontSize), family: s.fontFamily, fill: s.fill, anchor: s.textAnchor };
    };
    const align = { start: 'left', middle: 'center', end: 'right' };
    const drawLines = (spell) => {
      const ctx = whiteCanvas();
      for (const t of lines) {
        const f = fontOf(t);
        ctx.setTransform(toPixels(t));
        ctx.font = `${f.weight} ${f.size}px ${f.family}`;
        ctx.fillStyle = f.fill;
        ctx.textAlign = align[f.anchor] ?? 'left';
        ctx.fillText(spell(t.textContent), t.x.baseVal[0]?.value ?? 0, t.y.baseVal[0]?.value ?? 0);
      }
      return inkOf(ctx);
    };
    const cjk = (c) => c.codePointAt(0) >= 0x2e80;
    const tofu = (s) => [...s].map((c, i) => (cjk(c) ? String.fromCodePoint(0xe000 + i) : c)).join('');

    const png = whiteCanvas();
    png.drawImage(img, 0, 0);
    const exported = inkOf(png);
    const reference = drawLines((s) => s);
    const boxes = drawLines(tofu);
    const distance = (a, b) => {
      let differ = 0;
      let total = 0;
      for (let i = 0; i < a.length; i += 1) {
        differ += Math.abs(a[i] - b[i]);
        total += a[i] + b[i];
      }
      return total ? differ / total : 0;
    };
    const round = (v) => Math.round(v * 1000) / 1000;

    // Each CJK character alone, at 32 px in the title's font.
    const f = fontOf(lines[0]);
    const alone = (c) => {
      const ctx = Object.assign(document.createElement('canvas'), { width: 44, height: 44 }).getContext('2d', { willReadFrequently: true });
      ctx.font = `${f.weight} 32px ${f.family}`;
      ctx.fillText(c, 4, 36);
      return ctx.getImageData(0, 0, 44, 44).data.join(',');
    };
    const chars = [...new Set([...title].filter(cjk))];
    const glyphs = chars.map(alone);
    const box = alone('\u{E000}');
    return {
      title,
      lines: lines.length,
      scale: round(scale),
      scaleY: round(scaleY),
      ink: round(exported.reduce((s, v) => s + v, 0) / exported.length),
      toReference: round(distance(exported, reference)),
      toBoxes: round(distance(exported, boxes)),
      referenceToBoxes: round(distance(reference, boxes)),
      chars: chars.length,
      distinct: new Set(glyphs).size,
      boxes: glyphs.filter((g) => g === box).length,
    };
  })();
}

/** Downloads `scope`'s SVG and PNG (buttons named in Chinese) and checks the PNG's title,
 *  which contains `title`. */
async function expectChineseTitle(page, scope, title) {
  const svg = await download(page, scope, 'SVG图片');
  const png = await download(page, scope, 'PNG图片');
  const r = await inBlankPage(page, titleGlyphs, [svg.bytes.toString('utf8'), png.bytes.toString('base64')]);
  const shown = JSON.stringify(r);
  expect(r.title, shown).toContain(title);
  expect(r.lines, `the title's text elements: ${shown}`).toBeGreaterThan(0);
  expect(r.scale, shown).toBeGreaterThanOrEqual(1);
  expect(Math.abs(r.scale - r.scaleY), shown).toBeLessThan(0.01);
  expect(r.ink, `the PNG's title band is blank: ${shown}`).toBeGreaterThan(0.02);
  // The PNG's title is the reference's pixels (here they are identical: the same fonts draw
  // both) and far from the boxes. Without a CJK font, reference and boxes are the same
  // pixels, and both cannot hold.
  expect(r.toReference, shown).toBeLessThan(0.1);
  expect(r.toBoxes, shown).toBeGreaterThan(0.4);
  expect(r.referenceToBoxes, shown).toBeGreaterThan(0.4);
  // Every character is a glyph of its own, not the box.
  expect(r.distinct, shown).toBe(r.chars);
  expect(r.boxes, shown).toBe(0);
}

test('the Chinese map PNG draws its title in Chinese glyphs, not boxes', async ({ page, consoleErrors }) => {
  await openApp(page, '?lang=zh&view=map&year=2025');
  await expect(page.locator('svg.sa-map-svg')).toBeVisible();
  await expectChineseTitle(page, page, '重庆技能合作网络');
  expect(consoleErrors).toEqual([]);
});

test('a Chinese chart PNG draws its title in Chinese glyphs, not boxes', async ({ page, consoleErrors }) => {
  await openApp(page, '?lang=zh&view=charts&chart=certifications-by-country');
  const figure = page.getByRole('figure', { name: '各国认证数量' });
  await expect(figure).toBeVisible();
  await expectChineseTitle(page, figure, '各国认证数量');
  expect(consoleErrors).toEqual([]);
});
