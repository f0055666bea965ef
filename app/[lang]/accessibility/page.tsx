// The accessibility statement (RGAA 4.1): how far Relais conforms, what was tested and how, how to report a problem.
import { AccessibilityStatement } from "@/components/accessibility/AccessibilityStatement";
import { titleFrom } from "@/lib/i18n/metadata";
import type { Locale } from "@/lib/i18n/settings";
import { PageListen } from "@/components/readAloud/PageListen";

type Params = { params: Promise<{ lang: string }> };

export const generateMetadata = titleFrom("accessibility:title");

export default async function AccessibilityPage({ params }: Params) {
  return (
    <>
      <PageListen />
      <AccessibilityStatement lang={(await params).lang as Locale} />
    </>
  );
}
