// Svelte's compiler options for Vite and svelte-check: TypeScript in components, runes
// everywhere, and component CSS emitted to the CSS file (the CSP allows no inline styles).
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true, css: "external" },
};
