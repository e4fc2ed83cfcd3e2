// ECharts peer: a map series (choropleth of certifications, through a piecewise visualMap),
// a lines series (one curved arc from the hub to each active partner country) and a scatter
// series (the hub, and the partner countries too small for the 110m geometry), all on one
// `geo` coordinate system with ECharts' default projection.
//
// ECharts fires 'finished' once its canvas is drawn and no animation is pending; the next
// frame is the first one showing the map. The page marks `bench:map-visible` in the
// animation-frame callback of the frame after it, as the benchmark does for the other
// pages. Animations are off: with them the event would wait for the entry animation (about
// 1 s), not for the map being drawn.
const json = (url) => fetch(url).then((r) => r.json());
const [world, atlas] = await Promise.all([json('../data/countries-110m.json'), json('../data/atlas.json')]);

// TopoJSON → GeoJSON; features are named by ISO numeric id, the dataset's countries carry both.
const geojson = topojson.feature(world, world.objects.countries);
// world-atlas is cut for spherical renderers: a few rings (Russia's east, Fiji) step from
// 180° to -180° and back, which a planar renderer draws as a stripe across the whole map.
// Move such a ring's western points east by 360°, unless that makes it wider than 180°
// (Antarctica's ring runs around the pole, along the whole antimeridian, and draws well).
for (const f of geojson.features) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const ring of polygons.flat()) {
    if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) continue;
    const moved = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
    const lons = moved.map((p) => p[0]);
    if (Math.max(...lons) - Math.min(...lons) <= 180) ring.splice(0, ring.length, ...moved);
  }
}
echarts.registerMap('world', geojson);
const featureName = new Map(geojson.features.map((f) => [f.id, f.properties.name]));

const net = benchNetwork(atlas);
const hub = [net.hub.lon, net.hub.lat];
const lower = [0, ...net.breaks];
const pieces = net.colors.map((color, i) => ({
  gt: lower[i],
  lte: i < net.breaks.length ? net.breaks[i] : undefined,
  color,
}));

const chart = echarts.init(document.getElementById('map'));
chart.on('finished', function drawn() {
  chart.off('finished', drawn);
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:map-visible')));
});
chart.setOption({
  animation: false,
  tooltip: { trigger: 'item' },
  visualMap: {
    type: 'piecewise',
    seriesIndex: 0,
    pieces,
    outOfRange: { color: net.none },
    left: 10,
    bottom: 10,
  },
  geo: {
    map: 'world',
    roam: true,
    itemStyle: { areaColor: net.none, borderColor: '#ffffff', borderWidth: 0.5 },
    emphasis: { itemStyle: { areaColor: '#fde68a' }, label: { show: false } },
  },
  series: [
    {
      type: 'map',
      geoIndex: 0,
      name: 'Certifications',
      data: net.countries
        .filter((c) => featureName.has(c.numeric))
        .map((c) => ({ name: featureName.get(c.numeric), value: c.certifications })),
    },
    {
      type: 'lines',
      coordinateSystem: 'geo',
      silent: true,
      lineStyle: { color: '#c2410c', width: 1.2, opacity: 0.7, curveness: 0.2 },
      data: net.countries.map((c) => ({ coords: [hub, [c.lon, c.lat]] })),
    },
    {
      type: 'scatter',
      coordinateSystem: 'geo',
      data: [
        { name: net.hub.name, value: hub, symbolSize: 10, itemStyle: { color: '#b91c1c' } },
        ...net.countries
          .filter((c) => !featureName.has(c.numeric))
          .map((c) => ({ name: c.name, value: [c.lon, c.lat], symbolSize: 6, itemStyle: { color: net.colorOf(c.certifications) } })),
      ],
    },
  ],
});
