import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const devApi = process.env.LOTSE_DEV_API ?? 'http://localhost:8080';

// Served by platform-api under /admin/. "@widget" is the chat widget's own source: the answer
// preview and the branding preview use the widget's renderer, so they look exactly as citizens
// will see them.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: {
      '@widget': here('../widget/src'),
      '@': here('./src'),
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // One bundle for an app that staff open once a day over office networks: about 200 KB gzipped.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // The widget's source lives beside this module.
    fs: { allow: [here('.'), here('../widget/src')] },
    // `npm run dev` against a running platform (LOTSE_DEV_API, default :8080): its runtime config
    // and admin API. The dev server's address must be a redirect URI of the realm's client.
    proxy: {
      '/api': devApi,
      '/admin/config.json': devApi,
      '/demo': devApi,
      '/widget': devApi,
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
  },
});
