import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'
import { defineConfig } from 'vitest/config'

// The built UI is loaded by Wails (from its embedded assets) and by
// `tandem serve` at `/`; a relative base works for both.
// In `npm run dev`, /api is proxied to a running `tandem serve`
// (TANDEM_API, default http://127.0.0.1:7420) as if the page came from it:
// the server refuses API calls from another origin.
const api = process.env.TANDEM_API ?? 'http://127.0.0.1:7420'

export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting()],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: true, headers: { origin: api } },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['./src/test-setup.ts'],
    // jsdom renders are slow on a loaded machine; a first render can take seconds.
    testTimeout: 20000,
  },
})
