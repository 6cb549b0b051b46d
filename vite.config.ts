import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The manifest lives here only: the plugin writes dist/manifest.webmanifest and its <link>.
// Icons are drawn by scripts/icons.mjs from public/icon.svg.
const pwa = VitePWA({
  // 'prompt': a new version waits until the user applies it (src/browser/serviceWorker.ts
  // registers the worker and never reloads by itself; STYLE.md habit 8).
  registerType: 'prompt',
  injectRegister: false,
  // workbox.globPatterns below already precaches the icons; listing them twice would duplicate.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'VOIspeed Web Phone',
    short_name: 'VOIspeed',
    description: 'A WebRTC SIP softphone for the browser, for VOIspeed PBXs',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // --bg and --accent of src/ui/app.css (light scheme).
    background_color: '#f6f7f9',
    theme_color: '#0b6bcb',
    categories: ['business', 'productivity'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      {
        name: 'Dial pad',
        url: '/?view=dial',
        icons: [{ src: '/icons/shortcut-dial-192.png', sizes: '192x192', type: 'image/png' }],
      },
      {
        name: 'Call history',
        url: '/?view=history',
        icons: [{ src: '/icons/shortcut-history-192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
    // Browsers only let a web app handle web+ schemes and a safelisted few (SPEC §2).
    protocol_handlers: [
      { protocol: 'web+voispeed', url: '/?uri=%s' },
      { protocol: 'tel', url: '/?uri=%s' },
      { protocol: 'sip', url: '/?uri=%s' },
    ],
    // A link opens in the window that holds the phone, not in a second phone.
    launch_handler: { client_mode: ['focus-existing', 'auto'] },
  },
  workbox: {
    // The app shell: enough to open offline and show history and settings (kept in IndexedDB).
    // The plugin adds manifest.webmanifest itself.
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    navigateFallback: 'index.html',
  },
});

export default defineConfig({
  plugins: [react(), pwa],
  // First-load size is tracked by bench/bundleSize.ts (gzipped), not by Rollup's raw-size warning.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
