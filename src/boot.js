// Starts the app: the page's only script file, written into dist/ by postbuild.mjs with the
// names of the wasm-bindgen glue and the wasm filled in. It runs after the page (with its
// static first view) is parsed and painted, so the ~600 KB of WebAssembly never competes
// with the first view for bandwidth. It shows the download's progress in the first view
// and, if the app cannot start, says why in the page's language with a retry button, while
// the static map stays.
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

async function start() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('no_wasm');
    return;
  }
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

start();
