import { defineConfig } from "vite";

// The UI is served from the app's own protocol: relative asset paths, no remote content.
export default defineConfig({
  base: "./",
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: { target: "safari15", outDir: "dist", emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4000 },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
} as never);
