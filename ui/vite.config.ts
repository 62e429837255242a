import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

// The UI is served from the app's own protocol: relative asset paths, no remote content. The
// components' CSS is emitted into the CSS file (never injected as <style> at run time), so the
// strict CSP (style-src 'self', script-src 'self') holds.
export default defineConfig({
  base: "./",
  clearScreen: false,
  plugins: [svelte()],
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    cssCodeSplit: false,
  },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
} as never);
