// Why the person cannot approve (issue 11, "Why"): each right or access package they lack, named from the
// approval check itself (lib/approval/rules missingAccess), with Altinn's code; and, for a person who is no
// access manager, the packages that would make them one (lib/parties/roles ACCESS_MANAGER_PACKAGES).
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { MissingAccess } from "@/lib/approval/rules";
import { accessPackageName } from "@/lib/parties/access-packages";
import { ACCESS_MANAGER_PACKAGES } from "@/lib/parties/roles";
import { actionLabel } from "@/lib/system-users/rights";

/** The component's words, together for the message files. */
const TEXT = {
  cannotApprove: "You cannot approve: you lack",
  orAsk: "You can reject the request or send it to another access manager.",
  why: {
    "AUTH-00016": "no role or access package of yours gives this right, so you cannot delegate it",
    "AUTH-00053": "you do not hold this access package, and no role of yours may delegate it",
    "AUTH-00001": "the resource is unknown or not delegable",
  },
  right: (title: string, action: string) => `the right to ${action} on ${title}`,
  resource: (title: string) => `the rights on ${title}`,
  pkg: (name: string) => `the access package ${name}`,
  notManager: (party: string, packages: string) => `Only an access manager of ${party} can approve this. You lack the access package ${packages}, which makes a person an access manager.`,
};

export function missingItemText(m: MissingAccess, titles: ReadonlyMap<string, string>): string {
  if (m.accessPackage) return TEXT.pkg(accessPackageName(m.accessPackage));
  const title = titles.get(m.resource ?? "") ?? m.resource ?? "";
  return m.action ? TEXT.right(title, actionLabel(m.action).toLowerCase()) : TEXT.resource(title);
}

export function MissingAccessAlert({ missing, titles, footer = TEXT.orAsk }: { missing: readonly MissingAccess[]; titles: ReadonlyMap<string, string>; footer?: string }) {
  return (
    <Alert data-color="warning" data-testid="missing-rights">
      <Paragraph>{TEXT.cannotApprove}</Paragraph>
      <ul className="my-2 list-disc pl-6">
        {missing.map((m) => (
          <li key={`${m.code}-${m.resource ?? ""}-${m.action ?? ""}-${m.accessPackage ?? ""}`} data-testid="missing-item" data-code={m.code}>
            <span className="font-medium">{missingItemText(m, titles)}</span>: {TEXT.why[m.code]} ({m.code}).
          </li>
        ))}
      </ul>
      {footer ? <Paragraph>{footer}</Paragraph> : null}
    </Alert>
  );
}

export function notAccessManagerText(partyName: string): string {
  return TEXT.notManager(partyName, ACCESS_MANAGER_PACKAGES.map(accessPackageName).join(" or "));
}
