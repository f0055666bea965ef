// Finds agencies by town, postcode or name as the person types (after a short pause, so a slow phone sends one
// request per word, not per letter).
import { useEffect, useState } from "react";
import { call } from "@/lib/drafts/api";
import { AGENCIES_URL, agenciesResponse, type Agency } from "@/lib/submissions/protocol";

export type AgencySearch =
  | { status: "idle" }
  | { status: "searching"; query: string }
  | { status: "done"; query: string; agencies: Agency[] }
  | { status: "offline"; query: string };

const PAUSE_MS = 300;
const MIN_LENGTH = 2;

export function useAgencySearch(query: string): AgencySearch {
  const [result, setResult] = useState<AgencySearch>({ status: "idle" });
  const wanted = query.trim();
  useEffect(() => {
    if (wanted.length < MIN_LENGTH) return;
    let live = true;
    const timer = setTimeout(() => {
      setResult({ status: "searching", query: wanted });
      call(agenciesResponse, `${AGENCIES_URL}?q=${encodeURIComponent(wanted)}`, { method: "GET" }).then(
        (body) => live && setResult({ status: "done", query: wanted, agencies: body.agencies }),
        () => live && setResult({ status: "offline", query: wanted }),
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted]);
  return wanted.length < MIN_LENGTH ? { status: "idle" } : result;
}
