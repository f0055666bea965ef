// Staff sign in with a passkey; no password exists.
import { notFound } from "next/navigation";
import { PasskeySignIn } from "@/components/staff/PasskeySignIn";
import { titleFrom } from "@/lib/i18n/metadata";
import { getT } from "@/lib/i18n/server";
import { isLocale } from "@/lib/i18n/settings";

export const dynamic = "force-dynamic";
export const generateMetadata = titleFrom("staff:signIn.title");

export default async function SignInPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ signedOut?: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = getT(lang);
  const signedOut = (await searchParams).signedOut === "1";
  return (
    <>
      <h1>{t("staff:signIn.title")}</h1>
      {signedOut && <p role="status">{t("staff:signIn.signedOut")}</p>}
      <p>{t("staff:signIn.intro")}</p>
      <PasskeySignIn />
      <p className="hint">{t("staff:signIn.noAccount")}</p>
    </>
  );
}
