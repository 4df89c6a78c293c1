import { defineConfig } from 'vitest/config';

// One self-contained IIFE file: the office's page loads it with a single script tag, so it must
// neither import anything at run time nor leak globals other than window.LotseWidget.
export default defineConfig({
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: 'src/main.ts',
      formats: ['iife'],
      name: 'LotseWidgetBundle',
      fileName: () => 'lotse-widget.js',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
  },
});
