// The AUTH-* problems the simulator answers in more than one place, each written once with the real
// code, status and title (Altinn/altinn-authentication src/Core/Problems/Problem.cs).
import { Problem } from "./problem";

export const AUTH = {
  /** Problem.RequestNotFound */
  requestNotFound: (detail?: string) => new Problem(404, "AUTH-00010", "The Id does not refer to a Request in our system.", detail),
  /** Problem.SystemIdNotFound */
  systemNotFound: (detail?: string) => new Problem(404, "AUTH-00011", "The Id does not refer to a Registered System.", detail),
  /** Problem.SystemUserNotFound */
  systemUserNotFound: (detail?: string) => new Problem(404, "AUTH-00015", "The SystemUser was not found.", detail),
  /** Problem.Request_UserIsNotAccessManager */
  notAccessManager: () => new Problem(403, "AUTH-00066", "The request requires logged in user to have accessmanager write."),
} as const;
