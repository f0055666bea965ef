"use client";
// The footer on every page: the accessibility status, as RGAA asks, linked to the statement; and the privacy notice.
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";

// Neither link is fetched ahead: see GetHelpLink.
export function SiteFooter() {
  const { t, i18n } = useTranslation();
  return (
    <footer className="site-footer">
      <ul className="site-footer__inner site-footer__links">
        <li>
          <Link prefetch={false} href={`/${i18n.language}/accessibility`}>{t("accessibility.footerLink")}</Link>
        </li>
        <li>
          <Link prefetch={false} href={`/${i18n.language}/privacy`}>{t("privacyLinks.footer")}</Link>
        </li>
      </ul>
    </footer>
  );
}
