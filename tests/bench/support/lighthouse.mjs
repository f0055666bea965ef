// One Lighthouse run, in plain Node: under tsx, functions Lighthouse sends into the page carry esbuild's `__name`
// helper, which the page does not have. `node lighthouse.mjs <url> <debugging port>` prints the figures as JSON.
import lighthouse from "lighthouse";

const [url, port] = process.argv.slice(2);
const result = await lighthouse(url, { port: Number(port), output: "json", logLevel: "error", onlyCategories: ["performance"] });
if (!result) throw new Error(`Lighthouse gave nothing for ${url}`);
const { audits, categories } = result.lhr;
const items = audits["resource-summary"]?.details?.items ?? [];
console.log(
  JSON.stringify({
    js: items.find((item) => item.resourceType === "script")?.transferSize ?? 0,
    lcp: audits["largest-contentful-paint"]?.numericValue ?? null,
    tbt: audits["total-blocking-time"]?.numericValue ?? null,
    score: Math.round((categories.performance?.score ?? 0) * 100),
  }),
);
