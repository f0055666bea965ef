// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/ar/common.json";
import errors from "@/locales/ar/errors.json";
import glossary from "@/locales/ar/glossary.json";
import guidance from "@/locales/ar/guidance.json";
import questionnaire from "@/locales/ar/questionnaire.json";
import recap from "@/locales/ar/recap.json";
import staff from "@/locales/ar/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
