// The accessibility statement (RGAA 4.1): how far Relais conforms, what was tested and how, how to report a problem.
import { AccessibilityStatement } from "@/components/accessibility/AccessibilityStatement";
import { titleFrom } from "@/lib/i18n/metadata";
import { PageListen } from "@/components/readAloud/PageListen";

export const generateMetadata = titleFrom("accessibility.title");

export default function AccessibilityPage() {
  return (
    <>
      <PageListen />
      <AccessibilityStatement />
    </>
  );
}
