"use client";
// The resource's access list: organisations the PDP may Permit while accessListMode is Enabled.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { AccessListMember } from "@/lib/resources/access-list";
import type { AccessListState } from "../resources/actions";

type Action = (p: AccessListState, d: FormData) => Promise<AccessListState>;

function RemoveMember({ identifier, member, action }: { identifier: string; member: AccessListMember; action: Action }) {
  const t = useTranslations("ResourceForm");
  const [state, formAction, pending] = useActionState<AccessListState, FormData>(action, {});
  return (
    <form action={formAction} className="flex items-center gap-3">
      <input type="hidden" name="identifier" value={identifier} />
      <input type="hidden" name="orgNo" value={member.orgNo} />
      <span>
        {member.name} · {member.orgNo}
      </span>
      <Button type="submit" variant="tertiary" data-size="sm" disabled={pending} aria-label={t("removeMember", { name: member.name })} data-testid="access-list-remove">
        {t("remove")}
      </Button>
      {state.error ? <ValidationMessage>{state.error}</ValidationMessage> : null}
    </form>
  );
}

export function AccessList(props: { identifier: string; members: AccessListMember[]; add: Action; remove: Action }) {
  const t = useTranslations("ResourceForm");
  const [state, formAction, pending] = useActionState<AccessListState, FormData>(props.add, {});
  return (
    <div className="space-y-3" data-testid="access-list">
      {props.members.length === 0 ? <p className="text-sm">{t("listEmpty")}</p> : null}
      <ul className="space-y-1">
        {props.members.map((m) => (
          <li key={m.orgNo}>
            <RemoveMember identifier={props.identifier} member={m} action={props.remove} />
          </li>
        ))}
      </ul>
      <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="identifier" value={props.identifier} />
        <Textfield label={t("addOrgNo")} data-testid="access-list-org-no" name="orgNo" inputMode="numeric" autoComplete="off" data-size="sm" error={state.error} />
        <Button type="submit" data-size="sm" disabled={pending} data-testid="access-list-add">
          {t("addToList")}
        </Button>
      </form>
    </div>
  );
}
