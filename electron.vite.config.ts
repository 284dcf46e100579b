import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { bundleCli } from './main/cli/bundle';

const root = import.meta.dirname;

// Builds the three parts from the product's top-level folders into out/{main,preload,renderer},
// which electron-builder packs. The command line is built beside them, into out/cli/kindred.mjs, so
// `npx kindred` runs plain JavaScript (main/cli/bundle.ts); electron-builder.yml leaves it out of the
// installers. The web bridge is a dev/test tool run with tsx, never bundled.
export default defineConfig({
  main: {
    plugins: [{ name: 'kindred-cli', apply: 'build', closeBundle: async () => void (await bundleCli(root)) }],
    build: {
      outDir: 'out/main',
      // Worker threads are built beside index.js, where main/service/packRenderer.ts and
      // main/service/planFileReader.ts look for them.
      rollupOptions: {
        input: {
          index: resolve(root, 'main/app/index.ts'),
          packWorker: resolve(root, 'main/service/packWorker.ts'),
          planFileWorker: resolve(root, 'main/service/planFileWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be one CommonJS file with everything inlined.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Smaller to parse at every start; source maps are not shipped.
      minify: true,
      chunkSizeWarningLimit: 1000,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
