// A page asked for with notFound() inside a language (the addresses that match nothing are app/global-not-found.tsx).
import { PageNotFound } from "@/components/errors/PageNotFound";

export default function LangNotFound() {
  return <PageNotFound />;
}
