import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/portal/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/trpc': 'http://localhost:3000' },
  },
  preview: { port: 4174 },
});
