// The page around the game: reads the address's parameters as the command line, puts the
// story's data and fonts into the program's file system, keeps /data (saves, settings,
// reflections, tallies) in the browser's IndexedDB, offers exported files as downloads and
// shows clear messages when something is missing. Nothing here talks to any other host.
'use strict';

var sky = {
  storage: true,      // false when the browser will not keep data (private mode, blocked)
  dirty: false,       // /data changed since the last save to IndexedDB
  syncing: false,
  started: false,
  slow: 0,           // the game's frame callback runs ten times a second (nothing moves)
};

// Any input brings the frame callback back to every display frame at once.
function skyWake() {
  if (sky.slow && sky.started) { sky.slow = 0; Module._emscripten_set_main_loop_timing(1, 1); }
}
['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'].forEach(function (type) {
  window.addEventListener(type, skyWake, { capture: true, passive: true });
});

function skyMessage(text, fatal) {
  var box = document.getElementById('message');
  var span = document.getElementById('message-text');
  span.textContent = span.textContent && !fatal ? span.textContent + '\n' + text : text;
  box.className = fatal ? 'fatal' : '';
  box.style.display = 'block';
  if (fatal) document.getElementById('status').style.display = 'none';
  console.info('skywatch: ' + text);
}
document.getElementById('message-close').onclick = function () {
  document.getElementById('message').style.display = 'none';
  document.getElementById('message-text').textContent = '';
};

function skyStarted() {
  sky.started = true;
  document.getElementById('status').style.display = 'none';
  document.getElementById('canvas').focus();
}

// The address mirrors the command line: ?route=ID ?mode=classroom|kiosk ?new=1 ?seed=N
function skyArguments() {
  var q = new URLSearchParams(location.search), args = [];
  if (q.get('route')) args.push('--route', q.get('route'));
  var mode = q.get('mode');
  if (mode === 'classroom') args.push('--classroom');
  else if (mode === 'kiosk') args.push('--kiosk');
  else if (mode) skyMessage('Unknown mode "' + mode + '" in the address (classroom or kiosk); playing on your own.');
  if (q.get('new') === '1') args.push('--new');
  if (q.get('seed') && /^[0-9]+$/.test(q.get('seed'))) args.push('--seed', q.get('seed'));
  return args;
}

function skyFetch(name, as) {
  return fetch(name).then(function (r) {
    if (!r.ok) throw new Error(name + ': ' + r.status + ' ' + r.statusText);
    return as === 'json' ? r.json() : r.arrayBuffer();
  }, function (e) { throw new Error(name + ': ' + e.message); });
}

// The story and interface text: one JSON file of {path: text} written under /game.
function skyLoadData() {
  return skyFetch('skywatch-data.json', 'json').then(function (files) {
    Object.keys(files).forEach(function (path) {
      var full = '/game/' + path;
      FS.mkdirTree(full.substring(0, full.lastIndexOf('/')));
      FS.writeFile(full, files[path]);
    });
  });
}

// The fonts, subset to the content's glyphs. A missing one only makes the text plainer.
function skyLoadFonts() {
  FS.mkdirTree('/fonts');
  return skyFetch('fonts/fonts.json', 'json').catch(function () { return []; }).then(function (names) {
    if (!names.length) skyMessage('The font list (fonts/fonts.json) could not be loaded; the game uses its plain built-in font.');
    return Promise.all(names.map(function (n) {
      return skyFetch('fonts/' + n).then(function (buf) { FS.writeFile('/fonts/' + n, new Uint8Array(buf)); },
        function (e) { skyMessage('A font could not be loaded (' + e.message + '); the game uses a plainer one.'); });
    }));
  });
}

// /data lives in IndexedDB. Without it (private mode, storage blocked) the game still
// plays, in memory, and says so.
function skyMountStorage() {
  FS.mkdir('/data');
  var blocked = 'This browser does not let the page keep anything (private mode, or storage is blocked): ' +
                'you can play, but your progress is lost when the tab closes.';
  var idb = null;
  try { idb = window.indexedDB; } catch (e) { idb = null; }
  if (!idb) { sky.storage = false; skyMessage(blocked); return Promise.resolve(); }
  FS.mount(IDBFS, {}, '/data');
  return new Promise(function (resolve) {
    try {
      FS.syncfs(true, function (err) {
        if (err) { sky.storage = false; skyMessage(blocked); console.info('skywatch: storage: ' + err); }
        resolve();
      });
    } catch (e) { sky.storage = false; skyMessage(blocked); resolve(); }
  });
}

function skySync() {
  if (!sky.storage || !sky.dirty || sky.syncing) return;
  sky.dirty = false;
  sky.syncing = true;
  FS.syncfs(false, function (err) {
    sky.syncing = false;
    if (err) { sky.storage = false; skyMessage('Your progress could not be kept in this browser\'s storage (' + err + ').'); }
    if (sky.dirty) setTimeout(skySync, 200);
  });
}

function skyWatchWrites() {
  var mark = function (path) {
    if (String(path).indexOf('/data/') === 0 && !sky.dirty) { sky.dirty = true; setTimeout(skySync, 250); }
  };
  // Every file the game writes is closed, renamed into place or removed through these.
  var close = FS.close, rename = FS.rename, unlink = FS.unlink;
  FS.close = function (stream) {
    var path = stream && stream.path, writing = stream && (stream.flags & 3) !== 0;
    var r = close.apply(this, arguments);
    if (writing) mark(path);
    return r;
  };
  FS.rename = function (from, to) { var r = rename.apply(this, arguments); mark(to); return r; };
  FS.unlink = function (path) { var r = unlink.apply(this, arguments); mark(path); return r; };
  document.addEventListener('visibilitychange', function () { if (document.hidden) skySync(); });
  window.addEventListener('pagehide', skySync);
}

// An exported file (journey report, lesson debrief, chart) goes to the browser's downloads.
function skyDownload(path) {
  var data = FS.readFile(path);
  var name = path.substring(path.lastIndexOf('/') + 1);
  var type = /\.png$/.test(name) ? 'image/png' : /\.csv$/.test(name) ? 'text/csv' : 'text/markdown';
  var url = URL.createObjectURL(new Blob([data], { type: type }));
  var a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  (window.skyDownloads = window.skyDownloads || []).push(name);
}

// The screen-reader mirror: the canvas is pixels to assistive technology, so the game hands
// the page a description of the screen whenever it changes (game/web/page_mirror.h) and this
// keeps #mirror in step: the screen's title as a heading, the passage (an ARIA live region,
// so a new one is announced), the choices and every other button as real buttons that act
// as a click on the canvas does, in the game's language.
var skyMirrorWords = {
  en: { canvas: 'The Sky Is Watching: the game\'s picture. Its text and buttons follow as page content.',
        choices: 'Choices', buttons: 'Other buttons on screen' },
  zh: { canvas: '天在看：游戏画面。画面上的文字和按钮在下文以网页内容呈现。',
        choices: '选择', buttons: '屏幕上的其他按钮' },
};
sky.mirror = { key: null, passage: '', choices: '', lines: '', buttons: '', renderMs: 0, renders: 0 };

function skyMirror(json, gen) {
  var t0 = performance.now(), m = JSON.parse(json), st = sky.mirror;
  var root = document.getElementById('mirror'), canvas = document.getElementById('canvas');
  var words = skyMirrorWords[m.lang] || skyMirrorWords.en;
  var hadFocus = root.contains(document.activeElement);
  if (root.lang !== m.lang) {
    root.lang = m.lang;
    canvas.lang = m.lang;
    canvas.setAttribute('aria-label', words.canvas);
    document.getElementById('mirror-choices').setAttribute('aria-label', words.choices);
    document.getElementById('mirror-buttons').setAttribute('aria-label', words.buttons);
  }
  var heading = document.getElementById('mirror-heading');
  if (heading.textContent !== m.heading) heading.textContent = m.heading;
  var el = function (tag, text) { var e = document.createElement(tag); e.textContent = text; return e; };
  // Each part is rebuilt only when it changed: the live region speaks only new text, and a
  // button the keyboard is on stays where it is.
  // A new passage, screen or prompt goes into the live region and is read out; a change on the
  // same screen (a rotating card, a countdown) replaces it quietly, beside it.
  var key = JSON.stringify(m.passage);
  if (key !== st.passage || m.key !== st.key) {
    var live = document.getElementById('mirror-passage'), quiet = document.getElementById('mirror-quiet');
    var into = m.key !== st.key ? live : quiet;
    st.passage = key;
    st.key = m.key;
    into.replaceChildren.apply(into, m.passage.map(function (b) {
      if (b[0] === 'h') return el('h2', b[1]);
      var p = el('p', b[1]);
      if (b[0] === 's') p.className = 'speaker';
      return p;
    }));
    (into === live ? quiet : live).replaceChildren();
  }
  var rebuilt = false;
  key = m.steps + JSON.stringify(m.choices);
  if (key !== st.choices) {
    st.choices = key;
    rebuilt = true;
    document.getElementById('mirror-choices').replaceChildren.apply(document.getElementById('mirror-choices'),
      m.choices.map(function (label, i) {
        var b = el('button', label);
        b.type = 'button';
        b.onclick = function () { skyWake(); Module._sky_mirror_choose(m.steps, i); };
        var li = document.createElement('li');
        li.appendChild(b);
        return li;
      }));
  }
  key = JSON.stringify(m.lines);
  if (key !== st.lines) {
    st.lines = key;
    document.getElementById('mirror-lines').replaceChildren.apply(document.getElementById('mirror-lines'),
      m.lines.map(function (l) { return el('p', l); }));
  }
  key = JSON.stringify(m.buttons);
  if (key !== st.buttons) {
    st.buttons = key;
    rebuilt = true;
    document.getElementById('mirror-buttons').replaceChildren.apply(document.getElementById('mirror-buttons'),
      m.buttons.map(function (g) {
        var b = el('button', g[1]);
        b.type = 'button';
        b.disabled = !g[2];  // scrolled out of its panel or under a prompt: not pressable now
        b.onclick = function () { skyWake(); Module._sky_mirror_press(st.gen, g[0]); };
        return b;
      }));
  }
  st.gen = gen;
  // The keyboard was on a button that is gone: to the first new one, not lost to the page.
  if (hadFocus && rebuilt && !root.contains(document.activeElement)) {
    var next = root.querySelector('button:not([disabled])');
    if (next) next.focus();
  }
  st.renderMs += performance.now() - t0;
  st.renders++;
}

// Keys pressed on the mirror's buttons are the page's (Enter, Space, Tab), not the game's.
['keydown', 'keyup', 'keypress'].forEach(function (type) {
  document.getElementById('mirror').addEventListener(type, function (e) { e.stopPropagation(); });
});

// For the browser test and the benchmark: what is on screen, as the game exports it.
function skyScreenText() {
  try { return FS.readFile('/tmp/screen-text.json', { encoding: 'utf8' }); } catch (e) { return ''; }
}

var Module = {
  canvas: document.getElementById('canvas'),
  arguments: skyArguments(),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  preRun: [function () {
    ENV.SKY_FONT_DIR = '/fonts';
    ENV.SKY_CJK_FONT_DIR = '/fonts';
    ENV.SKY_SCREEN_TEXT = '/tmp/screen-text.json';
    addRunDependency('skywatch-files');
    Promise.all([skyMountStorage(), skyLoadFonts()])
      .then(skyLoadData)
      .then(function () { skyWatchWrites(); removeRunDependency('skywatch-files'); },
            function (e) {
              skyMessage('The game\'s data could not be loaded (' + e.message + '). Check that every file of the ' +
                         'site was uploaded, then reload the page.', true);
            });
  }],
  onAbort: function (what) { skyMessage('The game stopped: ' + what + '. Reload the page; your progress is kept.', true); },
};

window.addEventListener('error', function (e) {
  if (/skywatch\.(js|wasm)/.test(e.filename || '') || !sky.started)
    skyMessage('The game could not start (' + (e.message || 'unknown error') + ').', true);
});

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('service-worker.js').catch(function (e) { console.info('skywatch: offline copy off: ' + e); });
}

document.getElementById('canvas').addEventListener('contextmenu', function (e) { e.preventDefault(); });
