// The network map both peer pages draw, computed from the atlas's own dataset
// (data/atlas.json) as the atlas's map shows it for its latest year, 2025:
// - the choropleth: certifications per partner country, totals of the years up to 2025
//   (the atlas's map shows running totals up to the year on its slider);
// - one arc from the hub (Chongqing) to every partner country with any activity by then:
//   a certification, partner, workshop, trainer, standard, service station or talent flow.
// A classic script (no modules, no build): defines `window.benchNetwork(atlas)`.
window.benchNetwork = function benchNetwork(atlas, year = 2025) {
  const certifications = new Map();
  const active = new Set();
  const touch = (country, since) => {
    if (since === undefined || since <= year) active.add(country);
  };
  for (const c of atlas.certifications) {
    if (c.year > year) continue;
    certifications.set(c.country, (certifications.get(c.country) ?? 0) + c.count);
    active.add(c.country);
  }
  for (const p of atlas.partners) touch(p.country);
  for (const w of atlas.workshops) touch(w.country, w.year);
  for (const t of atlas.trainers) touch(t.country, t.year);
  for (const f of atlas.talent_flows) touch(f.country, f.year);
  for (const p of atlas.platforms) touch(p.country, p.year);
  for (const s of atlas.standards) for (const country of s.countries) touch(country, s.year);

  const countries = atlas.countries
    .filter((c) => active.has(c.id))
    .map((c) => ({
      id: c.id, // ISO alpha-3, as the dataset's records name countries
      numeric: c.numeric, // ISO numeric, as the world geometry's features are named
      name: c.name.en,
      lon: c.lon, // the dataset's representative city, where arcs end
      lat: c.lat,
      certifications: certifications.get(c.id) ?? 0,
    }));

  // Five classes of the countries with certifications, split at quantiles of their totals;
  // the colours of the classes, light to dark, and of a country without any.
  const values = countries.map((c) => c.certifications).filter((v) => v > 0).sort((a, b) => a - b);
  const breaks = [0.2, 0.4, 0.6, 0.8].map((q) => values[Math.floor(q * (values.length - 1))]);
  const colors = ['#dbeafe', '#93c5fd', '#60a5fa', '#2563eb', '#1e3a8a'];
  const none = '#e5e7eb';
  const colorOf = (v) => (v > 0 ? colors[breaks.filter((b) => v > b).length] : none);

  const hub = { name: atlas.hub.name.en, lon: atlas.hub.lon, lat: atlas.hub.lat, numeric: atlas.hub.numeric };
  return { hub, countries, breaks, colors, none, colorOf, max: values.at(-1) ?? 0 };
};
