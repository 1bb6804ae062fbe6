// The catalogue outside React (the CLI, records that keep an English rendering): next-intl's createTranslator.
import { createTranslator } from "next-intl";
import en from "./messages/en.json" with { type: "json" };
import nb from "./messages/nb.json" with { type: "json" };
import type { Locale } from "./locale";
import { renderText, type Text } from "./text";

const MESSAGES = { nb, en } as const;

/** A translator of one namespace of the catalogue, outside React (the CLI, records written in English). */
export function translatorFor(locale: Locale, namespace: string): (t: Text) => string {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown>, namespace: namespace as never }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (x) => renderText(t, x);
}

/** The raw catalogue entry (no ICU formatting), for long texts with braces or angle brackets (the CLI's help). */
export function rawText(locale: Locale, namespace: string, key: string): string {
  const ns = (MESSAGES[locale] as Record<string, Record<string, unknown>>)[namespace];
  const v = ns?.[key];
  if (typeof v !== "string") throw new Error(`No text ${namespace}.${key}`);
  return v;
}
