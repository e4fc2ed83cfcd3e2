// Starts the app: the page's only script file, written into dist/ by postbuild.mjs with the
// names of the wasm-bindgen glue and the wasm filled in. It runs after the page (with its
// static first view) is parsed and painted, so the ~600 KB of WebAssembly never competes
// with the first view for bandwidth. It shows the download's progress in the first view
// and, if the app cannot start, says why in the page's language with a retry button, while
// the static map stays. Until the app takes over, a click on a country of the static map
// opens its panel, as the app writes it (`panels.<lang>.html`, from core::first_view).
import init, * as bindings from '__GLUE__';

const WASM = '__WASM__';
// The wasm's size before compression: the body stream gives decompressed bytes, while a
// gzipped response's Content-Length counts compressed ones.
const WASM_BYTES = __WASM_BYTES__;
// Fetched beside the wasm, so the data is there when the app asks for it.
const DATA = ['data/atlas.json', 'data/world-110m.json'];

const first = document.querySelector('.sa-first-view');
const bars = first ? [...first.querySelectorAll('.sa-boot progress')] : [];

function progress(fraction) {
  for (const bar of bars) {
    if (fraction === null) bar.removeAttribute('value');
    else bar.value = Math.round(Math.min(1, fraction) * 100);
  }
}

/** Shows why the app could not start (`no_wasm`, `blocked` or `network`). */
function fail(reason, error) {
  console.error(`Skills Atlas could not start (${reason})`, error ?? '');
  if (!first) return;
  first.setAttribute('data-sa-boot', 'failed');
  for (const box of first.querySelectorAll('.sa-boot')) box.hidden = true;
  for (const box of first.querySelectorAll('.sa-boot-error')) {
    box.hidden = false;
    for (const p of box.querySelectorAll('[data-sa-boot-reason]')) {
      p.hidden = p.getAttribute('data-sa-boot-reason') !== reason;
    }
    const retry = box.querySelector('.sa-boot-retry');
    if (retry) retry.onclick = () => location.reload();
  }
}

/** Whether this page's own origin still answers: tells a blocked file from a lost network. */
async function originAnswers() {
  try {
    return (await fetch('./', { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** The wasm response, re-streamed to count its bytes for the progress bar. */
function counted(response) {
  if (!response.body) return response;
  let received = 0;
  const reader = response.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        progress(null);
        controller.close();
        return;
      }
      received += value.byteLength;
      progress(received / WASM_BYTES);
      controller.enqueue(value);
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
}

// The first view's country panels: fetched first (a few KB), parsed at the first click (not
// while the page is still busy starting), moved into the page. The file is the build's own
// markup (core::map_model::panel_markup, every dataset text escaped); the policy below is the
// one Trusted Types sink it reaches.
const PANELS = first ? `panels.${first.lang || 'en'}.html` : null;
let panelsText = null;
let panels = null;

function fetchPanels() {
  panelsText ??= fetch(PANELS).then((response) =>
    response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`)),
  );
  return panelsText;
}

function loadPanels() {
  panels ??= fetchPanels()
    .then((text) => {
      const policy = window.trustedTypes?.createPolicy('sa-first-view', { createHTML: (s) => s });
      return new DOMParser().parseFromString(policy ? policy.createHTML(text) : text, 'text/html');
    })
    .catch((error) => {
      console.error('Skills Atlas: the first view has no country panels', error);
      return null;
    });
  return panels;
}

/** Shows country `id`'s panel and puts the selection in the URL, where the app reads it. */
async function openPanel(id) {
  const doc = await loadPanels();
  const panel = doc?.querySelector(`aside[data-country="${CSS.escape(id)}"]`);
  const side = first.querySelector('.sa-map-side');
  if (!panel || !side || !first.isConnected) return;
  closePanel(false);
  side.prepend(document.importNode(panel, true));
  for (const mark of first.querySelectorAll('.sa-map-country')) {
    mark.classList.toggle('sa-selected', mark.getAttribute('data-country') === id);
  }
  setCountry(id);
  first.querySelector('#sa-map-panel-title')?.focus();
}

function closePanel(write = true) {
  first.querySelector('.sa-map-panel')?.remove();
  for (const mark of first.querySelectorAll('.sa-map-country.sa-selected')) mark.classList.remove('sa-selected');
  if (write) setCountry(null);
}

/** Writes the selection into the URL; a running app (mounted, still hidden) follows it. */
function setCountry(id) {
  const url = new URL(location.href);
  if (id) url.searchParams.set('country', id);
  else url.searchParams.delete('country');
  history.replaceState(history.state, '', url);
  dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
}

function listenToMap() {
  const map = first?.querySelector('.sa-map-svg');
  if (!map || first.getAttribute('data-sa-first') !== 'map') return;
  map.addEventListener('click', (event) => {
    const id = event.target.closest?.('[data-country]')?.getAttribute('data-country');
    if (id) openPanel(id);
  });
  first.addEventListener('click', (event) => {
    const action = event.target.closest?.('.sa-map-panel [data-action]')?.getAttribute('data-action');
    if (action === 'close') closePanel();
    if (action === 'search') {
      const url = new URL(location.href);
      url.searchParams.set('view', 'search');
      location.assign(url);
    }
  });
  first.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.target.closest?.('.sa-map-panel')) closePanel();
  });
  fetchPanels().catch(() => {}); // loadPanels says why, if a click needs them
}

/** After the page's load (its stylesheet and images) and the two frames that paint it; or
 *  100 ms after the load where no frames come (a background tab, an embedded frame scrolled
 *  out of view: browsers pause their animation frames). */
function firstViewPainted() {
  return new Promise((done) => {
    const painted = () => {
      requestAnimationFrame(() => requestAnimationFrame(done));
      setTimeout(done, 100);
    };
    if (document.readyState === 'complete') painted();
    else addEventListener('load', painted, { once: true });
  });
}

async function start() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('no_wasm');
    return;
  }
  // The data and the wasm are not asked for until the first view has been painted whole:
  // the page's own paint is never behind the wasm's download, not even on paper (a page
  // load's largest paint counts every request begun before it). The panels (a few KB) are
  // asked for at once (listenToMap): a click must find them.
  await firstViewPainted();
  for (const href of DATA) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
  progress(0);
  let response;
  try {
    response = await fetch(WASM);
  } catch (error) {
    fail((await originAnswers()) ? 'blocked' : 'network', error);
    return;
  }
  if (!response.ok) {
    fail('network', new Error(`HTTP ${response.status} for ${WASM}`));
    return;
  }
  try {
    const wasm = await init({ module_or_path: counted(response) });
    // As Trunk's own loader does (the map benchmark reads the wasm memory from it).
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (error) {
    // The browser refused to compile it (a security policy), or the download broke.
    const refused = error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError;
    fail(refused || (await originAnswers()) ? 'blocked' : 'network', error);
  }
}

listenToMap();
start();
