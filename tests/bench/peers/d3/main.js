// d3-geo peer: Equal Earth projection fitted to a 960 × 480 viewBox (the atlas's), every
// country of the 110m geometry as a path (choropleth of certifications), one great-circle
// arc per active partner country (d3.geoPath of a LineString: resampled and cut at the
// antimeridian), a dot for the partner countries too small for the geometry, and the hub.
//
// The SVG is built detached and appended at once. The next frame is the first one drawn
// with the map; the page marks `bench:map-visible` in the animation-frame callback of the
// frame after it (that frame's style, layout and paint done), as the benchmark does for
// the other pages.
const json = (url) => fetch(url).then((r) => r.json());
const [world, atlas] = await Promise.all([json('../data/countries-110m.json'), json('../data/atlas.json')]);

const net = benchNetwork(atlas);
const byNumeric = new Map(net.countries.map((c) => [c.numeric, c]));
const features = topojson.feature(world, world.objects.countries).features;

const width = 960;
const height = 480;
const projection = d3.geoEqualEarth().fitExtent([[6, 6], [width - 6, height - 6]], { type: 'Sphere' });
const path = d3.geoPath(projection);

const NS = 'http://www.w3.org/2000/svg';
const el = (name, attrs, parent) => {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  parent?.append(node);
  return node;
};
const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Map of certifications per country and partner countries' });
el('path', { class: 'sphere', d: path({ type: 'Sphere' }) }, svg);

const countries = el('g', { class: 'countries' }, svg);
for (const f of features) {
  const c = byNumeric.get(f.id);
  const shape = el('path', { class: 'country', d: path(f), fill: net.colorOf(c?.certifications ?? 0) }, countries);
  el('title', {}, shape).textContent = c ? `${c.name}: ${c.certifications} certifications` : f.properties.name;
}

const hub = [net.hub.lon, net.hub.lat];
const arcs = el('g', { class: 'arcs' }, svg);
for (const c of net.countries) {
  el('path', { class: 'arc', d: path({ type: 'LineString', coordinates: [hub, [c.lon, c.lat]] }) }, arcs);
}

const shapes = new Set(features.map((f) => f.id));
const points = el('g', { class: 'points' }, svg);
for (const c of net.countries.filter((c) => !shapes.has(c.numeric))) {
  const [x, y] = projection([c.lon, c.lat]);
  el('circle', { cx: x, cy: y, r: 3, fill: net.colorOf(c.certifications), stroke: '#1e3a8a' }, points);
}
const [hx, hy] = projection(hub);
el('circle', { class: 'hub', cx: hx, cy: hy, r: 5 }, svg);

document.getElementById('map').append(svg);
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:map-visible')));
