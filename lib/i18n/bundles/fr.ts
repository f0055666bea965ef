// The texts of one language that any page may show, in one module: the browser loads its own language's only.
// The staff's and the helper's guidance are loaded apart, by the screens that show them; the privacy notice, the
// accessibility statement and the counsellor's recap are drawn on the server only (lib/i18n/resources.ts gives the
// server all of them).
import common from "@/locales/fr/common.json";
import errors from "@/locales/fr/errors.json";
import glossary from "@/locales/fr/glossary.json";
import questionnaire from "@/locales/fr/questionnaire.json";
import type { PageTexts } from "../resources";

const bundle: PageTexts = { common, errors, glossary, questionnaire };
export default bundle;
