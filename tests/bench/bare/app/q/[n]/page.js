// A bare multi-page form for tests/bench/continue.ts: prerendered pages, a heading and a Continue link to the next
// one, as a plain Next.js app moves between screens (links prefetched when in view).
import Link from "next/link";

export const PAGES = 12;

export function generateStaticParams() {
  return Array.from({ length: PAGES }, (_, i) => ({ n: String(i + 1) }));
}

export default async function Page({ params }) {
  const n = Number((await params).n);
  return (
    <main>
      <h1>Question {n}</h1>
      <p>Une question, une aide, et un bouton pour continuer.</p>
      <Link href={`/q/${(n % PAGES) + 1}`}>Continuer</Link>
    </main>
  );
}
