import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The officers' application, built into web/dist and served by the service at `/`. Element Plus
 * components (and their styles) are imported where a template uses them, so a screen ships only
 * what it shows; ECharts is imported per chart from echarts/core.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [vue(), Components({ dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css' })] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in what the service serves; a chunk per screen (router's dynamic imports).
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development: the API of a local service (and its uploads).
    proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true }, '/imports': 'http://127.0.0.1:3000' },
  },
});
