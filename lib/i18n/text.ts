// A text of the simulator's own held as a key of the message catalogue (lib/i18n/messages/*.json) and its
// values, so the same record can be shown in the reader's language: on a page (next-intl) and in the
// terminal (lib/vendor-client/cli-i18n.ts). Machine-readable output keeps the English rendering. No imports:
// client components use this file; lib/i18n/translator.ts holds the catalogues for code outside React.

/** A value may itself be a text of the same namespace, or a list of values (joined with ", "). */
export type TextValue = string | number | Text | TextValue[];
export type TextValues = Record<string, TextValue>;
export interface Text {
  key: string;
  values?: TextValues;
}

/** `x` rendered by `t` (one namespace's translator), its nested texts and lists first. */
export function renderText(t: (key: string, values?: Record<string, string | number>) => string, x: Text | string): string {
  if (typeof x === "string") return x;
  const value = (v: TextValue): string | number => (Array.isArray(v) ? v.map(value).join(", ") : typeof v === "object" ? renderText(t, v) : v);
  return t(x.key, x.values && Object.fromEntries(Object.entries(x.values).map(([k, v]) => [k, value(v)])));
}

export const text = (key: string, values?: TextValues): Text => (values ? { key, values } : { key });

