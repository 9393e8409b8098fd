/* Article explorer embed host script: include it once on a page that embeds
   the explorer in an iframe. It sizes each such iframe to its content.
   The embedded app posts { type: "article-explorer:height", height: <px> }
   to its parent whenever its layout changes. No dependencies. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'article-explorer:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var h = Math.max(0, Math.min(Math.ceil(data.height), 100000));
        frames[i].style.height = h + 'px';
        frames[i].setAttribute('scrolling', 'no');
      }
    }
  });
})();
