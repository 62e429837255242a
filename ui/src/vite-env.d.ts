// Types for what Vite and Svelte add to modules (asset imports, `.svelte` components).
/// <reference types="svelte" />
/// <reference types="vite/client" />
