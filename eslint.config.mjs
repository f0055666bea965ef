// The one linter config: Next's rules, React's hooks and compiler rules, and typed rules on TypeScript.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([
    ".next/**",
    "next-env.d.ts",
    "public/sw.js",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "tests/bench/bare/.next/**",
  ]),
  ...nextVitals,
  ...nextTypescript,
  // eslint-config-next carries these already; named here so the React Compiler rules (refs, purity,
  // set-state-in-effect…) stay on whatever Next's config does next.
  reactHooks.configs.flat["recommended-latest"],
  {
    // Type information comes from TypeScript 6 (the `typescript` package); `tsc` is TypeScript 7 (README, Stack).
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          // node:test's test() and describe() return promises the runner itself awaits and reports.
          allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["test", "it", "describe", "suite"] }],
        },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      // `const { dropped: _dropped, ...rest } = value` is how an object loses one property here.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // Production code proves a value is there instead of asserting it; tests may assert what they just set up.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/navigation",
              importNames: ["useRouter"],
              message: "Use components/navigation/useRouter: Next can drop a navigation without a word.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/navigation/useRouter.ts"],
    rules: { "no-restricted-imports": "off" },
  },
]);
