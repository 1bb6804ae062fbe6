// A text of the simulator's own held as a key of the message catalogue (lib/i18n/messages/*.json) and its
// values, so the same record can be shown in the reader's language: on a page (next-intl) and in the
// terminal (lib/vendor-client/cli-i18n.ts). Machine-readable output keeps the English rendering.
import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import nb from "./messages/nb.json";
import type { Locale } from "./locale";

export type TextValues = Record<string, string | number>;
export interface Text {
  key: string;
  values?: TextValues;
}

export const text = (key: string, values?: TextValues): Text => (values ? { key, values } : { key });

const MESSAGES = { nb, en } as const;

/** A translator of one namespace of the catalogue, outside React (the CLI, records written in English). */
export function translatorFor(locale: Locale, namespace: string): (t: Text) => string {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown>, namespace: namespace as never }) as unknown as (key: string, values?: TextValues) => string;
  return (x) => t(x.key, x.values);
}

/** The raw catalogue entry (no ICU formatting), for long texts with braces or angle brackets (the CLI's help). */
export function rawText(locale: Locale, namespace: string, key: string): string {
  const ns = (MESSAGES[locale] as Record<string, Record<string, unknown>>)[namespace];
  const v = ns?.[key];
  if (typeof v !== "string") throw new Error(`No text ${namespace}.${key}`);
  return v;
}
