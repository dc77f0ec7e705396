import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'web');

// The front end lives in web/; `npm run dev` proxies the API to a running `npm start`.
export default defineConfig({
  root,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The network page, and the printable dossier of one actor.
    rollupOptions: { input: { main: resolve(root, 'index.html'), dossier: resolve(root, 'dossier.html') } },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
});
