/*! Skills Atlas embed loader. No dependencies. Add once per page:
 *    <script src="https://ATLAS/embed-<hash>.js" integrity="sha384-…" crossorigin="anonymous" async></script>
 *  (the embed dialog gives the exact line; embed.js is the same file under a stable name).
 *  1. Sizes every atlas iframe (`<iframe data-skills-atlas …>`) to its content's height.
 *     It only acts on messages that come from one of those iframes (source), from the
 *     atlas origin (origin), of the atlas's type, carrying that iframe's name and a
 *     finite, positive height, kept within 120..20000 px. Anything else is ignored.
 *  2. Defines <skills-atlas view="map" lang="de" theme="dark" …>, which creates the iframe;
 *     its attributes become the atlas URL parameters.
 */
(function () {
  'use strict';
  var TYPE = 'skills-atlas:resize';
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var origin = base.origin;
  var counter = 0;

  function atlasFrames() {
    return document.querySelectorAll('iframe[data-skills-atlas]');
  }

  function isAtlasFrame(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch (e) {
      return false;
    }
  }

  // Frames need a name: the app sends it back with each height, next to its source window.
  function name(frame) {
    if (!frame.name) frame.name = 'skills-atlas-frame-' + ++counter;
  }
  Array.prototype.forEach.call(atlasFrames(), name);

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = atlasFrames();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || !isAtlasFrame(frame)) continue;
      if (data.id !== frame.name) return;
      var h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
      frame.style.height = h + 'px';
      return;
    }
  });

  if (window.customElements && !window.customElements.get('skills-atlas')) {
    var ALLOWED = ['view', 'lang', 'theme', 'accent', 'country', 'year', 'q', 'controls', 'layers', 'chart'];
    window.customElements.define(
      'skills-atlas',
      class extends HTMLElement {
        connectedCallback() {
          if (this.querySelector('iframe')) return;
          var url = new URL(base.href);
          for (var i = 0; i < ALLOWED.length; i++) {
            var value = this.getAttribute(ALLOWED[i]);
            if (value !== null) url.searchParams.set(ALLOWED[i], value);
          }
          url.searchParams.set('embed', '1');
          var frame = document.createElement('iframe');
          frame.name = 'skills-atlas-frame-' + ++counter;
          frame.setAttribute('data-skills-atlas', '');
          frame.title = this.getAttribute('title') || 'Skills Atlas';
          frame.loading = 'lazy';
          frame.width = '100%';
          frame.height = this.getAttribute('height') || '640';
          frame.style.border = '0';
          frame.style.maxWidth = '100%';
          frame.src = url.href;
          this.appendChild(frame);
        }
      },
    );
  }
})();
