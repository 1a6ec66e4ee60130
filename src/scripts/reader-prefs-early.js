// Runs inline in <head>, before the first paint: applies the reader's text size and contrast
// (kept by src/scripts/reader-prefs.ts) so a page never flashes at the default size. Plain
// JavaScript, inlined verbatim; astro.config.mjs allows exactly this text by its hash.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var p = JSON.parse(localStorage.getItem('zcyz-kb/reader') || '{}');
    if (p && /^[1-3]$/.test(String(p.size))) root.setAttribute('data-text-size', String(p.size));
    var high = p && typeof p.contrast === 'boolean' ? p.contrast : matchMedia('(prefers-contrast: more)').matches;
    if (high) root.setAttribute('data-contrast', 'high');
  } catch (e) {
    /* Storage blocked or unreadable: the defaults apply. */
  }
})();
