// The CLI's language: `--lang nb|en`, else the environment's locale (LC_ALL, LC_MESSAGES, LANG in POSIX's
// order of precedence; nb, nn and no are Norwegian, en English), else Norwegian bokmål as in Altinn. The
// texts are the portal's message catalogue (lib/i18n/messages, namespaces Cli and Steps), read through
// next-intl's createTranslator. Machine-readable output (--json, tokens) never changes with the language.
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locale";
import { type Text, type TextValues } from "../i18n/text";
import { rawText, translatorFor } from "../i18n/translator";

function localeOfTag(tag: string | undefined): Locale | undefined {
  const primary = tag?.toLowerCase().split(/[_.@-]/)[0];
  if (primary === "nb" || primary === "nn" || primary === "no") return "nb";
  if (primary === "en") return "en";
  return undefined;
}

/** `--lang` from the arguments (a wrong value is the parser's usage error), else the environment. */
export function cliLocale(argv: string[], env: Record<string, string | undefined>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (isLocale(value)) return value;
  }
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const l = localeOfTag(env[name]);
    if (l) return l;
  }
  return DEFAULT_LOCALE;
}

export interface CliTexts {
  /** A text of the Cli namespace. */
  cli(key: string, values?: TextValues): string;
  /** A recorded step's own text (namespace Steps). */
  step(t: Text): string;
  help(): string;
}

export function cliTexts(locale: Locale): CliTexts {
  const cli = translatorFor(locale, "Cli");
  const step = translatorFor(locale, "Steps");
  return { cli: (key, values) => cli({ key, values }), step, help: () => rawText(locale, "Cli", "help") };
}

/** The English rendering of a step's text: what the records (and --json) hold. */
export const stepEnglish = translatorFor("en", "Steps");
