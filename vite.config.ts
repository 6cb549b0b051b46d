import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // First-load size is tracked by bench/bundleSize.ts (gzipped), not by Rollup's raw-size warning.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
