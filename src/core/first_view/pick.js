(function () {
  var root = document.currentScript.parentNode;
  root.setAttribute('data-sa-js', '');
  var params = new URLSearchParams(location.search);
  function pick(tag) {
    var primary = String(tag || '').split(/[-_]/)[0].toLowerCase();
    return { en: 'en', zh: 'zh-Hans', de: 'de' }[primary] || null;
  }
  var lang = pick(params.get('lang'));
  var tags = (navigator.languages || []).concat(navigator.language);
  for (var i = 0; !lang && i < tags.length; i++) lang = pick(tags[i]);
  lang = lang || 'en';
  root.lang = lang;
  document.documentElement.lang = lang;
  var theme = params.get('theme');
  root.setAttribute('data-theme', theme === 'light' || theme === 'dark' ? theme : 'auto');
  var map = true;
  params.forEach(function (value, key) {
    if (key === 'view' ? value !== 'map' : key !== 'lang' && key !== 'theme') map = false;
  });
  root.setAttribute('data-sa-first', map ? 'map' : 'wait');
  if (params.get('embed') === '1' || params.get('embed') === 'true') root.classList.add('sa-embedded');
})();
