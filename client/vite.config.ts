import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: clientDir,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // antd is one chunk of about 1.3 MB (400 kB gzipped) with Table, Tabs and Timeline; smaller pieces would not load faster.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: in their own files they stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // The Host header is kept (no changeOrigin), so the server sees the WebSocket as same-origin.
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/exports': { target: 'http://localhost:4000' },
    },
  },
});
