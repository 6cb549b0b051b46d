// Imported by the service worker that workbox writes (vite.config.ts), beside its precache.
self.addEventListener('activate', (event) => {
  // Earlier versions kept config.json in a cache of their own; the page keeps its copy now.
  event.waitUntil(caches.delete('provisioning'));
});
