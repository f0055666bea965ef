// What a page that does not exist says, the same whether Next renders it inside a language's layout or alone.
export function NotFoundContent({ t, lang }: { t: (key: string) => string; lang: string }) {
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        {/* A full page load: whatever went wrong on the way here starts afresh. */}
        <a className="button" href={`/${lang}`}>
          {t("backToStart")}
        </a>
      </p>
    </>
  );
}
