// The problems of client delegation, with the real codes of Altinn's authentication service
// (Altinn.Authentication.Core.Problems: AUTH-00015, -00034, -00035, -00038, -00043) and reference §5.
import { Problem, validationProblem } from "../problems/problem";

export const clientProblems = {
  /** 404 for a missing or deleted system user, and for one the actor may not administer (no probing). */
  agentNotFound: () => new Problem(404, "AUTH-00015", "The SystemUser was not found."),
  notAgent: () => new Problem(400, "AUTH-00034", "The system user type of the provided system user GUID is not an agent."),
  hasClients: (count: number) =>
    new Problem(
      400,
      "AUTH-00035",
      "The system user has delegations from customer. Remove the delegations before deleting the system user",
      `The agent system user still has ${count} client${count === 1 ? "" : "s"}.`,
    ),
  notDelegated: (clientId: string) =>
    new Problem(400, "AUTH-00038", "Delegation not found", `${clientId} is not delegated to this agent system user.`),
  notLoggedIn: () => new Problem(401, "AUTH-00043", "Unauthorized", "Log in to the portal (a session cookie) to use the end-user API."),
  notClientAdministrator: (orgNo: string) =>
    new Problem(403, "AUTH-00043", "Forbidden", `You are not a client administrator of ${orgNo} (access package klientadministrator, or daglig leder of the firm).`),
  crossSite: () =>
    new Problem(403, "AUTH-00043", "Forbidden", "A state-changing call authenticated by the session cookie must come from the portal's own origin (Origin header)."),
  missingAgent: () => validationProblem([{ code: "AUTH.VLD-00014", detail: "The query parameter agent (the agent system user's id) is missing or not a valid id.", paths: ["/agent"] }]),
  agentNotAgent: () => validationProblem([{ code: "AUTH.VLD-00015", detail: "The system user named by agent is not an agent system user.", paths: ["/agent"] }]),
  missingClient: () => validationProblem([{ code: "AUTH.VLD-00016", detail: "The query parameter client (the client's organisation number) is missing or not a valid organisation number.", paths: ["/client"] }]),
  missingParty: () => validationProblem([{ code: "AUTH.VLD-00000", detail: "The query parameter party (the facilitator's organisation number) is missing or not a valid organisation number.", paths: ["/party"] }]),
};

/** A refused client (AUTH-00079 / AUTH-00080) as a problem, for the one-client API call. */
export function refusalProblem(code: string, detail: string): Problem {
  const title =
    code === "AUTH-00079"
      ? "The client is not in the facilitator's client list."
      : "The client does not give the facilitator every access package the agent system user holds.";
  return new Problem(400, code, title, detail);
}
