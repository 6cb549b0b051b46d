// Imported by the service worker that workbox writes (vite.config.ts), beside its precache.
self.addEventListener('install', (event) => {
  // Static routes (Chromium 123 on): the browser takes the app's hashed files straight from the
  // precache, without running this worker's script for each one, so the start does not wait for
  // the worker. They are never changed once built: a new version has new names, and a file the
  // cache lacks comes from the network.
  if (!('addRoutes' in event) || typeof URLPattern === 'undefined') return;
  const scope = new URL(self.registration.scope);
  event.waitUntil(
    event
      .addRoutes({
        condition: { urlPattern: new URLPattern({ pathname: `${scope.pathname}assets/*` }) },
        source: { cacheName: `workbox-precache-v2-${scope.href}` },
      })
      .catch((error) => console.error('the static routes were not added', error)),
  );
});

self.addEventListener('activate', (event) => {
  // Earlier versions kept config.json in a cache of their own; the page keeps its copy now.
  event.waitUntil(caches.delete('provisioning'));
});
