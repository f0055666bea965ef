"use client";
// A page that does not exist, said in the person's language, with the way back to the start.
import Link from "next/link";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

export default function NotFound() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t("pageTitle", { title: t("notFound.title") });
  }, [t]);
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href={`/${i18n.language}`}>{t("notFound.home")}</Link>
      </p>
    </>
  );
}
