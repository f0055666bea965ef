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
  return (
    <Link className="site-header__help" href={`/${i18n.language}/help${from ? `?from=${from}` : ""}`}>
      {t("help.link")}
    </Link>
  );
}
