// The app's own source files, for tests that read the code (translation keys used, no hard-coded text).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Files under these folders whose names pass `keep`, as paths relative to the repository, with their text. */
export function sourceFiles(folders: readonly string[], keep: (name: string) => boolean): Array<{ file: string; text: string }> {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(relative);
      return keep(entry.name) ? [relative] : [];
    });
  return folders.flatMap(walk).map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }));
}
