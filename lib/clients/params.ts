// The query parameters of the end-user client-delegation API, each with the real validation code.
import { z } from "zod";
import { isValidOrgNo } from "../identifiers/orgno";
import { clientProblems } from "./problems";

const agentSchema = z.guid();
const orgNoSchema = z.string().refine(isValidOrgNo);

/** `agent`: the agent system user's id (AUTH.VLD-00014 when missing or malformed). */
export function agentParam(query: URLSearchParams): string {
  const r = agentSchema.safeParse(query.get("agent"));
  if (!r.success) throw clientProblems.missingAgent();
  return r.data.toLowerCase();
}

/** `client`: the client's id, which in the simulator is its organisation number (AUTH.VLD-00016). */
export function clientParam(query: URLSearchParams): string {
  const r = orgNoSchema.safeParse(query.get("client"));
  if (!r.success) throw clientProblems.missingClient();
  return r.data;
}

/** `party`: the facilitator's organisation number. */
export function partyParam(query: URLSearchParams): string {
  const r = orgNoSchema.safeParse(query.get("party"));
  if (!r.success) throw clientProblems.missingParty();
  return r.data;
}
