// One HTTP exchange, recorded as a StepRecord: what was sent (Authorization abbreviated) and what came
// back (JSON parsed, the headers a vendor reads). Network failures become a record too, never a throw,
// so a reader always sees how far the flow got.
import { flowHeaders } from "../exchanges/flow";
import { text, type Text } from "../i18n/text";
import { stepEnglish } from "./cli-i18n";
import { abbreviate, abbreviateAuthorization, decodeForDisplay } from "./jwt";
import type { DecodedJwt, RecordedResponse, StepRecord } from "./types";

const SHOWN_RESPONSE_HEADERS = ["content-type", "location", "www-authenticate", "cache-control"];
const TIMEOUT_MS = 20_000;

export interface ExchangeInput {
  /** The step's title in the catalogue (namespace Steps). */
  title: Text;
  method: "GET" | "POST" | "DELETE";
  url: string;
  bearer?: string;
  json?: unknown;
  form?: Record<string, string>;
  /** JWTs sent in the request, decoded for the reader (e.g. the grant). */
  sentJwts?: DecodedJwt[];
}

export interface Exchange {
  step: StepRecord;
  /** The parsed body when the server answered; null otherwise. */
  body: unknown;
}

export async function exchange(input: ExchangeInput): Promise<Exchange> {
  const headers: Record<string, string> = { accept: "application/json", ...flowHeaders() };
  let body: string | undefined;
  if (input.bearer) headers.authorization = `Bearer ${input.bearer}`;
  if (input.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(input.json);
  } else if (input.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(input.form).toString();
  }
  const shownHeaders = { ...headers };
  if (shownHeaders.authorization) shownHeaders.authorization = abbreviateAuthorization(shownHeaders.authorization);
  const step: StepRecord = {
    title: stepEnglish(input.title),
    i18n: { title: input.title },
    ok: false,
    request: { method: input.method, url: input.url, headers: shownHeaders, body: shownBody(input) },
    jwts: [...(input.sentJwts ?? [])],
  };
  let res: Response;
  try {
    res = await fetch(input.url, { method: input.method, headers, body, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    setNote(step, text("noResponseFrom", { url: input.url, detail: String((e as Error).cause ?? (e as Error).message) }));
    return { step, body: null };
  }
  const response = await recordResponse(res);
  step.response = response;
  step.ok = res.ok;
  return { step, body: response.body };
}

/** The simulator's own note on a step (not an API's text): English in the record, the key for display. */
export function setNote(step: StepRecord, note: Text): void {
  step.note = stepEnglish(note);
  step.i18n = { title: step.i18n?.title ?? { key: "" }, note };
}

async function recordResponse(res: Response): Promise<RecordedResponse> {
  const text = await res.text();
  let body: unknown = text;
  if (text && /json/.test(res.headers.get("content-type") ?? "")) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const headers: Record<string, string> = {};
  for (const h of SHOWN_RESPONSE_HEADERS) {
    const v = res.headers.get(h);
    if (v !== null) headers[h] = v;
  }
  return { status: res.status, statusText: res.statusText, headers, body };
}

function shownBody(input: ExchangeInput): unknown {
  if (input.json !== undefined) return input.json;
  if (!input.form) return undefined;
  // Long JWTs in a form (the assertion) are shown decoded beside the request, abbreviated here.
  return Object.fromEntries(Object.entries(input.form).map(([k, v]) => [k, decodeForDisplay(k, v) ? abbreviate(v) : v]));
}
