/* Article explorer host script: include it once on a page that embeds the
   explorer in iframes. No dependencies. For each explorer iframe it
   - sets the iframe's height to the explorer's content height
     ({ type: "article-explorer:height", height: <px> } from the frame);
   - mirrors the reader's filters into this page's URL fragment, one key per
     iframe (the iframe's id, or explorer-<n> by position among the page's
     iframes), with history.replaceState, so reloading or sharing this page
     reopens the explorer as the reader left it
     ({ type: "article-explorer:state", query, host } from the frame);
   - tells the frame this page's link and the state it restores
     ({ type: "article-explorer:host", page, key, query } to the frame), so
     "Copy link" in the frame copies this page's link.
   <iframe data-explorer-deep-link="off"> opts an iframe out of the last two.
   Its iframes are those whose src lies in the folder this script is served
   from (the explorer's). It acts only on messages whose source is one of
   them and whose origin is that iframe's origin; anything else is ignored. */
(function () {
  'use strict';
  var script = document.currentScript;
  /* The explorer's folder: this script's own address, less its name. */
  var BASE = script && script.src ? script.src.replace(/[^/]*$/, '') : null;
  if (!BASE) return;
  var HEIGHT = 'article-explorer:height';
  var STATE = 'article-explorer:state';
  var HOST = 'article-explorer:host';
  var MAX_HEIGHT = 100000;
  var MAX_QUERY = 4000;
  /* What this script last knew of each frame's state, by key. */
  var known = {};

  /* The origin of an explorer iframe; null for any other iframe. */
  function originOf(frame) {
    try {
      var src = new URL(frame.getAttribute('src') || '', location.href);
      return src.href.indexOf(BASE) === 0 ? src.origin : null;
    } catch (e) {
      return null;
    }
  }

  /* The iframe whose window sent `event`, if it is one of ours and the
     message comes from that iframe's own origin. */
  function frameOf(event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (event.source && frames[i].contentWindow === event.source) {
        var origin = originOf(frames[i]);
        return origin && origin === event.origin ? { frame: frames[i], index: i } : null;
      }
    }
    return null;
  }

  function keyOf(found) {
    var id = found.frame.id;
    return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : 'explorer-' + (found.index + 1);
  }

  function deepLinks(frame) {
    return frame.getAttribute('data-explorer-deep-link') !== 'off';
  }

  /* This page's fragment as [key, value] pairs; other fragments stay. */
  function readFragment() {
    var hash = location.hash.replace(/^#/, '');
    return hash ? hash.split('&').map(function (part) {
      var at = part.indexOf('=');
      var key = at < 0 ? part : part.slice(0, at);
      var value = null;
      try {
        value = at < 0 ? null : decodeURIComponent(part.slice(at + 1));
      } catch (e) { /* not ours: kept as it is */ }
      return { key: key, value: value, raw: part };
    }) : [];
  }

  function restoredState(key) {
    var pairs = readFragment();
    for (var i = 0; i < pairs.length; i++) {
      if (pairs[i].key === key && typeof pairs[i].value === 'string') return pairs[i].value;
    }
    return null;
  }

  function writeFragment(key, query) {
    var parts = [];
    var written = false;
    readFragment().forEach(function (pair) {
      if (pair.key === key) {
        if (!written) parts.push(key + '=' + encodeURIComponent(query));
        written = true;
      } else {
        parts.push(pair.raw);
      }
    });
    if (!written) parts.push(key + '=' + encodeURIComponent(query));
    var url = location.href.split('#')[0] + '#' + parts.join('&');
    try {
      history.replaceState(history.state, '', url);
    } catch (e) { /* a sandboxed page: no deep links */ }
  }

  function introduce(found, key) {
    found.frame.contentWindow.postMessage({
      type: HOST,
      page: location.href.split('#')[0],
      key: key,
      query: restoredState(key)
    }, originOf(found.frame));
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    var found = frameOf(event);
    if (!found) return;
    if (data.type === HEIGHT) {
      var h = data.height;
      if (typeof h !== 'number' || !isFinite(h) || h < 0 || h > MAX_HEIGHT) return;
      found.frame.style.height = Math.ceil(h) + 'px';
      found.frame.setAttribute('scrolling', 'no');
    } else if (data.type === STATE && deepLinks(found.frame)) {
      if (typeof data.query !== 'string' || data.query.length > MAX_QUERY) return;
      var key = keyOf(found);
      if (data.host !== true) {
        /* The frame has not met this page yet: introduce it (it takes the
           restored state once), and keep the fragment as it is. */
        if (!(key in known)) known[key] = data.query;
        introduce(found, key);
      } else if (!(key in known)) {
        /* Its first word after an introduction at start: nothing changed. */
        known[key] = data.query;
      } else if (known[key] !== data.query) {
        known[key] = data.query;
        writeFragment(key, data.query);
      }
    }
  });

  /* An explorer that started before this (async) script posted its first
     message to no one: introduce this page to those already loaded. (One
     still loading has no listener yet; its first message comes later.) */
  function loaded(frame) {
    try {
      return frame.contentWindow.location.href.indexOf(BASE) === 0;
    } catch (e) {
      return true; /* another origin's document: the explorer's */
    }
  }
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var found = { frame: frames[i], index: i };
    if (originOf(frames[i]) && deepLinks(frames[i]) && frames[i].contentWindow && loaded(frames[i])) {
      introduce(found, keyOf(found));
    }
  }
})();
