// Face Rules embeds: include once on a page that holds Face Rules <iframe>s. Each chart reports
// its height; this sets the matching iframe's height. Messages from any other origin are ignored.
// It also gives the iframes their full width and no border from script, which a host whose
// Content-Security-Policy refuses inline style attributes still allows.
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  function fit() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].src.indexOf(origin + '/') !== 0) continue;
      frames[i].style.border = '0';
      frames[i].style.width = '100%';
      frames[i].style.maxWidth = '100%';
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fit);
  else fit();
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'face-rules:resize' || typeof data.height !== 'number')
      return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source)
        frames[i].style.height = Math.max(120, Math.min(data.height, 5000)) + 'px';
    }
  });
})();
