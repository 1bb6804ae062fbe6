// What every step of the vendor's machine flow records, so the CLI and the console can show the exchange
// exactly as it went over the wire (secrets abbreviated, JWTs decoded for reading, never trusted).
import type { Text } from "../i18n/text";

export interface DecodedJwt {
  /** What the token is, e.g. "Grant (client assertion)" or "Access token". */
  label: string;
  /** The label in the catalogue (Steps), for showing it in the reader's language. */
  i18n?: Text;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

export interface RecordedRequest {
  method: string;
  url: string;
  /** Authorization is abbreviated; other headers as sent. */
  headers: Record<string, string>;
  /** Parsed JSON, form fields (long JWTs abbreviated), or undefined for GET. */
  body?: unknown;
}

export interface RecordedResponse {
  status: number;
  statusText: string;
  /** The headers a vendor looks at (content-type, location, www-authenticate, cache-control). */
  headers: Record<string, string>;
  /** Parsed JSON, or the text when the body is not JSON. */
  body: unknown;
}

export interface StepRecord {
  /** In English, as the records and --json hold it. */
  title: string;
  /** The title and the simulator's own note as catalogue keys (Steps), for the reader's language. */
  i18n?: { title: Text; note?: Text };
  /** True when the server answered 2xx (and, for the token step, issued a token). */
  ok: boolean;
  request: RecordedRequest;
  /** Absent when the server could not be reached. */
  response?: RecordedResponse;
  jwts: DecodedJwt[];
  /** Why the step failed when there is no response (network error), or a hint for the reader. */
  note?: string;
}

/** The vendor's Maskinporten client as the machine knows it: its id, the key's kid and the private key. */
export interface VendorCredentials {
  /** Public base URL of the simulator, e.g. http://localhost:3000. */
  baseUrl: string;
  clientId: string;
  kid: string;
  /** RS256 (default), RS384 or RS512 (reference §6). */
  alg: "RS256" | "RS384" | "RS512";
  privateKey: CryptoKey;
}

/** A step result that a following step builds on (the token, the request id). */
export interface StepResult<T> {
  step: StepRecord;
  value: T | null;
}
