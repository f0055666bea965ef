// What the benches print: percentiles, the machine's load next to each figure, and plain-text tables.
import { cpus, loadavg } from "node:os";

/** Nearest-rank percentile of an ascending list (no interpolation: every figure printed was measured). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The median of figures in any order (nearest rank, as `percentile`: a figure that was measured). */
export const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

/** The 1-minute load average with the core count: 2.0 on 2 cores means both were busy. */
export const load = () => `${loadavg()[0]!.toFixed(2)}/${cpus().length}`;

export const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "-");

/** Prints rows as a Markdown table, which reads in a terminal and pastes into the README as it is. */
export function printTable(headers: string[], rows: Array<Array<string | number>>) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

/** One line on the machine, printed first so every table can be read against it. */
export function describeMachine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? "unknown"}), Node ${process.version}, load average now ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
}
