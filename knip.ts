// Unused files, exports and dependencies. Knip's Next.js plugin finds the routes, proxy.ts, instrumentation.ts and
// next.config.ts, its Playwright plugin the browser tests; named here is what runs without an import knip can follow.
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // The service worker: `serwist build serwist.config.mjs` (package.json "build") compiles app/sw.ts (its swSrc).
    "serwist.config.mjs",
    "app/sw.ts",
    // Run by package.json scripts ("build", "staff", "purge").
    "scripts/*.{mjs,ts}",
    // The node test runner gets these from `find` (package.json "test:unit", "test:integration").
    "lib/**/*.test.ts",
    "tests/unit/**/*.test.ts",
    "tests/integration/*.test.ts",
    // Benchmarks (package.json "bench:*"), and the bare Next.js app the benches start as their baseline.
    "tests/bench/*.ts",
    // Run with plain node by tests/bench/web.ts (Lighthouse's page functions cannot go through tsx).
    "tests/bench/support/lighthouse.mjs",
    "tests/bench/bare/next.config.mjs",
    "tests/bench/bare/app/**/{route,page,layout}.js",
  ],
};

export default config;
