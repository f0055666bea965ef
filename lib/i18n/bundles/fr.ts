// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/fr/common.json";
import errors from "@/locales/fr/errors.json";
import glossary from "@/locales/fr/glossary.json";
import guidance from "@/locales/fr/guidance.json";
import questionnaire from "@/locales/fr/questionnaire.json";
import recap from "@/locales/fr/recap.json";
import staff from "@/locales/fr/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
