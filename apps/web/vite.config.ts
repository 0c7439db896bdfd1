import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const lib = (name: string) => fileURLToPath(new URL(`../../libs/web/${name}/src/index.ts`, import.meta.url));

// The API runs on port 3000 (override with KENNISLIJN_API_URL); the browser talks to one
// origin, so the refresh cookie and CORS behave as in production.
const apiTarget = process.env['KENNISLIJN_API_URL'] ?? 'http://localhost:3000';
const apiProxy = {
  '/graphql': { target: apiTarget, changeOrigin: false },
  '/health': { target: apiTarget, changeOrigin: false },
  '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
};

export default defineConfig({
  root: appRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/web`,
  plugins: [react()],
  resolve: {
    // Mirrors the @kennislijn/web-* entries in tsconfig.base.json "paths".
    alias: {
      '@kennislijn/web-ui': lib('ui'),
      '@kennislijn/web-graphql': lib('graphql'),
      '@kennislijn/web-auth': lib('auth'),
      // The privacy guard runs in the browser too (live findings while typing).
      '@kennislijn/shared-privacy': fileURLToPath(new URL('../../libs/shared/privacy/src/index.ts', import.meta.url)),
      // Typed socket events and the thread sync logic shared with the API.
      '@kennislijn/shared-realtime': fileURLToPath(new URL('../../libs/shared/realtime/src/index.ts', import.meta.url)),
      // Instrument definitions, scoring, signals and diffs (editor preview and charts).
      '@kennislijn/shared-instruments': fileURLToPath(new URL('../../libs/shared/instruments/src/index.ts', import.meta.url)),
    },
  },
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  server: { port: 4200, host: 'localhost', proxy: apiProxy },
  preview: { port: 4300, host: 'localhost', proxy: apiProxy },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    reportCompressedSize: false,
    // Libraries change less often than our code; separate chunks stay cached across deploys.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
