import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa';

// The web app manifest is manifest.webmanifest at the top of the repository, read here and handed
// to the plugin, which writes dist/manifest.webmanifest and its <link>. test/pwa/manifest.test.ts
// checks it; docs/links.md says what its protocol and launch handlers do. Icons are drawn by
// scripts/icons.mjs from public/icon.svg.
const manifest: Partial<ManifestOptions> = JSON.parse(
  readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'),
);

const pwa = VitePWA({
  // 'prompt': a new version waits until the user applies it (src/browser/serviceWorker.ts
  // registers the worker and never reloads by itself; docs/architecture.md).
  registerType: 'prompt',
  injectRegister: false,
  // workbox.globPatterns below already precaches the icons; listing them twice would duplicate.
  includeManifestIcons: false,
  manifest,
  workbox: {
    // The app shell: enough to open offline and show history and settings (kept in IndexedDB).
    // The plugin adds manifest.webmanifest itself.
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // Static routes for the hashed files, and the clean-up of older versions' caches.
    importScripts: ['sw-start.js'],
    navigateFallback: 'index.html',
  },
});

/**
 * The SIP chunk (JsSIP) is a dynamic import, so the page would ask for it only once the main
 * chunk has run. A modulepreload link in index.html fetches and compiles it beside the main
 * chunk instead: the socket can open as soon as the stored account is read.
 */
function preloadSipChunk(): Plugin {
  let base = '/';
  return {
    name: 'preload-sip-chunk',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((out) =>
          out.type === 'chunk' ? [out] : [],
        );
        const sip = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/src/phone/sip/sipAdapter.ts'),
        );
        if (!sip) throw new Error('the build has no chunk for src/phone/sip/sipAdapter.ts');
        // The entry chunk and what it imports are in the page already.
        const missing = [sip.fileName, ...sip.imports].filter((file) => !html.includes(file));
        return missing.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), pwa, preloadSipChunk()],
  // First-load size is tracked by bench/bundleSize.ts (gzipped), not by Rollup's raw-size warning.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
