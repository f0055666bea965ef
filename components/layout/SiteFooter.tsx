"use client";
// The footer on every page: the accessibility status, as RGAA asks, linked to the statement.
import Link from "next/link";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t, i18n } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <Link href={`/${i18n.language}/accessibility`}>{t("accessibility.footerLink")}</Link>
      </div>
    </footer>
  );
}
