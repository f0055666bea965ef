// The bare baseline app for tests/bench/saves.ts: the same Next.js as the project, nothing else.
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const config = {
  poweredByHeader: false,
  // Resolve `next` from the project's node_modules (three folders up) rather than searching for a lockfile.
  turbopack: { root: projectRoot },
};

export default config;
