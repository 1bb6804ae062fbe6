// The recorded exchange as the API and the view show it, and the explanations a flow carries. No
// database here: client components import it.
import type { LookupExplanation } from "../maskinporten/systemuser-lookup";
import type { DecisionExplanation } from "../pdp/explain";
import type { ExchangeData } from "./mask";

export interface ExchangeView extends ExchangeData {
  seq: number;
  id: string;
  at: string;
  flowId: string;
  from: string;
  to: string;
  method: string;
  url: string;
  status: number;
  durationMs: number;
  systemUserId: string | null;
  orgNos: string[];
}

export interface ExchangePage {
  exchanges: ExchangeView[];
  /** The highest seq of the page (or the `since` given): pass it as `since` to get only newer ones. */
  latest: number;
}

/** What the simulator explains for a flow: the PDP's decisions and Maskinporten's failed lookups. */
export interface FlowExplanations {
  decisions: DecisionExplanation[];
  lookups: LookupExplanation[];
}

export function explanationsOf(exchanges: readonly Pick<ExchangeView, "notes">[]): FlowExplanations {
  return {
    decisions: exchanges.flatMap((x) => (Array.isArray(x.notes.why) ? (x.notes.why as DecisionExplanation[]) : [])),
    lookups: exchanges.flatMap((x) => (x.notes.lookup && typeof x.notes.lookup === "object" ? [x.notes.lookup as LookupExplanation] : [])),
  };
}

