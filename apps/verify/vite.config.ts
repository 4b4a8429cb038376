import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig(({ isSsrBuild }) => ({
  base: '/',
  plugins: [react()],
  build: isSsrBuild
    ? // The server renders the page with this bundle: everything inside it, nothing to resolve.
      { outDir: 'dist-ssr', emptyOutDir: true, sourcemap: false, copyPublicDir: false }
    : { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  ssr: { noExternal: true },
  server: {
    port: 5175,
    strictPort: true,
    // The API's CSRF guard wants a same-origin write, so the proxy presents the API's own origin.
    proxy: {
      '/trpc': {
        target: 'http://localhost:3000',
        changeOrigin: true,
        headers: { origin: 'http://localhost:3000' },
      },
      '/api': { target: 'http://localhost:3000', changeOrigin: true },
      '/credentials': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: { port: 4175 },
}));
