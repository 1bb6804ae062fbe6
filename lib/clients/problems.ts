// The problems of client delegation, with the real codes of Altinn's authentication service
// (src/Core/Problems/Problem.cs: AUTH-00015, -00034, -00038, -00079, -00080) and the ProblemDetails the
// client-delegation controller writes itself (SystemUserClientDelegationController.cs).
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";

/**
 * An ASP.NET ProblemDetails the controller builds itself (`NotFound(new ProblemDetails { Title, Detail,
 * Status })`): no Altinn code. lib/http/client-delegation.ts answers it.
 */
export class PlainProblemDetails extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(title);
  }
}

export const clientProblems = {
  /** 404 for a missing or deleted system user, and for one the actor may not administer (the pages). */
  agentNotFound: () => AUTH.systemUserNotFound(),
  notAgent: () => new Problem(400, "AUTH-00034", "The system user type of the provided system user GUID is not an agent."),
  /** AgentSystemUser_DelegationNotFound. Which code Access Management's revoke gives is unverified. */
  notDelegated: (clientId?: string) =>
    new Problem(400, "AUTH-00038", "Delegation not found", clientId ? `${clientId} is not delegated to this agent system user.` : undefined),
  /** AgentSystemUser_ClientNotFound. */
  clientNotFound: () => new Problem(400, "AUTH-00079", "Client not found."),
  /** AgentSystemUser_ClientMissingAccessPackages. */
  clientMissingPackages: () => new Problem(400, "AUTH-00080", "Client does not have the accesspackages the agent system user requires"),
  notClientAdministrator: (orgNo: string) =>
    new Problem(403, "AUTH-00044", "Forbidden", `You are not a client administrator of ${orgNo} (access package klientadministrator, or daglig leder of the firm).`),
  /** Simulator only: the session-cookie path refuses cross-site state changes. */
  crossSite: () =>
    new Problem(403, "AUTH-00044", "Forbidden", "A state-changing call authenticated by the session cookie must come from the portal's own origin (Origin header)."),
  /** GetAllAgentSystemUsersForParty: `NotFound(new ProblemDetails { Title = "Party not found", ... })`. */
  partyNotFound: (party: string) => new PlainProblemDetails(404, "Party not found", `No associated party information found for organisation ${party}`),
};
