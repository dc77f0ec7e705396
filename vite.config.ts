import { defineConfig } from 'vite';

// The front end lives in web/; `npm run dev` proxies the API to a running `npm start`.
export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
});
