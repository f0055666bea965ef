"use client";
// While the helper types on their own device, the person's screen goes to the question the helper is answering
// (issue 11: the person otherwise watched an answer appear on a question they were not on), and remembers where
// the person was so they can go back there in one tap.
import { usePathname } from "next/navigation";
import { useRouter } from "@/components/navigation/useRouter";
import { useEffect, useState } from "react";
import { useTranslation } from "@/components/i18n/useTranslation";
import type { SessionState } from "@/lib/handoff/protocol";
import { questionnaire } from "@/lib/questionnaire/definition";
import { findQuestion } from "@/lib/questionnaire/engine";
import { stepHref } from "@/lib/routes";

export interface FollowHelper {
  /** Where the person was before the screen followed the helper, while they are elsewhere. */
  from: string | null;
  goBack: () => void;
}

export function useFollowHelper(session: SessionState | null): FollowHelper {
  const router = useRouter();
  const pathname = usePathname();
  const { i18n } = useTranslation();
  const [from, setFrom] = useState<string | null>(null);
  const typing = session?.status === "active" && session.mode === "helper-types";
  const helperAt = session?.helperAt ?? null;
  // What the last state said: only a move of the helper while they type carries the person along; letting the
  // helper type (or the helper arriving) does not take the person away from the question they are on. Compared
  // during render (React renders again at once); the navigation itself waits for the effect below.
  const [seen, setSeen] = useState({ typing, at: helperAt });
  const [going, setGoing] = useState<{ href: string; move: number } | null>(null);
  if (seen.typing !== typing || seen.at !== helperAt) {
    setSeen({ typing, at: helperAt });
    if (!typing) setFrom(null);
    const href = helperAt && findQuestion(questionnaire, helperAt) ? stepHref(i18n.language, helperAt) : null;
    if (typing && seen.typing && href && href !== pathname) {
      setFrom((kept) => kept ?? pathname);
      setGoing((last) => ({ href, move: (last?.move ?? 0) + 1 }));
    }
  }
  useEffect(() => {
    if (going) router.push(going.href);
  }, [going, router]);

  const away = typing && from !== null && from !== pathname ? from : null;
  return {
    from: away,
    goBack: () => {
      if (away) router.push(away);
      setFrom(null);
    },
  };
}
