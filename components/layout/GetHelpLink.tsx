"use client";
// "Get help" on every screen: it remembers the question the person was on, to come back to it.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "@/components/i18n/useTranslation";

export function GetHelpLink() {
  const { t, i18n } = useTranslation();
  const pathname = usePathname() ?? "";
  const from = /\/questions\/([a-z-]+)/.exec(pathname)?.[1];
  if (pathname.endsWith("/aide")) return null;
  // Not fetched ahead (prefetch={false}), as every link off the person's way through the file: on a slow network
  // the help page's code would compete with the page's own, on every page, for a link most people never follow.
  return (
    <Link prefetch={false} className="site-header__help" href={`/${i18n.language}/help${from ? `?from=${from}` : ""}`}>
      {t("help.link")}
    </Link>
  );
}
