// Face Rules embeds: include once on a page that holds Face Rules <iframe>s. Each chart reports
// its height; this sets the matching iframe's height. Messages from any other origin are ignored.
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'face-rules:resize' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.max(120, Math.min(data.height, 5000)) + 'px';
    }
  });
})();
