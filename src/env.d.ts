// Starlight's globals (Astro.locals.t, Astro.locals.starlightRoute). astro.config.mjs usually
// brings them in, but it is excluded from tsc (see tsconfig.json).
/// <reference types="@astrojs/starlight" />

// Plain `tsc` does not understand .astro files (`astro check` does). This lets tsc type-check
// TypeScript that imports components, such as src/components/index.ts.
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
