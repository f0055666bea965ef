// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/tr/common.json";
import errors from "@/locales/tr/errors.json";
import glossary from "@/locales/tr/glossary.json";
import guidance from "@/locales/tr/guidance.json";
import questionnaire from "@/locales/tr/questionnaire.json";
import recap from "@/locales/tr/recap.json";
import staff from "@/locales/tr/staff.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire, recap, staff };
export default bundle;
