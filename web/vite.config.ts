import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Maven passes WEB_OUT_DIR=${project.build.outputDirectory}/static so the jar carries the app under
// static/ and Spring Boot serves it at "/"; a plain `npm run build` lands in the same place.
const outDir = process.env.WEB_OUT_DIR ?? 'target/classes/static'
const apiTarget = process.env.DOZOR_API_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // Composition API only: lets vue-i18n drop its legacy API from the bundle.
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir,
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
})
