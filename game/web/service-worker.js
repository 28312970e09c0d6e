// The offline copy: on the first visit every file of the site is stored in the browser's
// cache; afterwards the game loads from there, with or without a network. A new build has a
// new cache name (scripts/web writes it), so the old copy is replaced. Only this site's own
// files are ever requested.
'use strict';
const CACHE = 'skywatch-@BUILD@';
const FILES = @FILES@;

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skywatch-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The page's parameters (?route=, ?mode=) do not change which file it is.
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((hit) => hit || fetch(e.request)));
});
