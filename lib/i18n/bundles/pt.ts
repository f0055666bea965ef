// Every text of one language, in one module: the server reads all of them, the browser only its own.
import common from "@/locales/pt/common.json";
import errors from "@/locales/pt/errors.json";
import glossary from "@/locales/pt/glossary.json";
import guidance from "@/locales/pt/guidance.json";
import questionnaire from "@/locales/pt/questionnaire.json";
import type { LocaleResources } from "../resources";

const bundle: LocaleResources = { common, errors, glossary, guidance, questionnaire };
export default bundle;
