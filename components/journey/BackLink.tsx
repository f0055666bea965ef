"use client";
import Link from "next/link";
import { useTranslation } from "@/components/i18n/useTranslation";

export function BackLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <Link className="back-link" href={href}>
      {t("back")}
    </Link>
  );
}
