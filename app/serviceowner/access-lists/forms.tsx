"use client";
// Small forms of the access-list pages, each showing its own result.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, Checkbox, Field, Fieldset, FieldsetLegend, Label, Select, SelectOption, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { ListFormState } from "./actions";

type Action = (p: ListFormState, d: FormData) => Promise<ListFormState>;

function Result({ state, id }: { state: ListFormState; id: string }) {
  if (state.error) return <ValidationMessage data-testid={`${id}-error`}>{state.error}</ValidationMessage>;
  if (state.ok) return <p className="text-sm" data-testid={`${id}-ok`} role="status">{state.ok}</p>;
  return null;
}

export function CreateListForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction} className="grid gap-4 md:grid-cols-3 md:items-end" noValidate>
      <Textfield label={t("identifier")} name="identifier" autoComplete="off" description={t("identifierHint")} defaultValue={state.values?.identifier} />
      <Textfield label={t("name")} name="name" autoComplete="off" defaultValue={state.values?.name} />
      <Textfield label={t("description")} name="description" autoComplete="off" defaultValue={state.values?.description} />
      <div className="md:col-span-3">
        <Button type="submit" disabled={pending}>{t("create")}</Button>
        <Result state={state} id="create-list" />
      </div>
    </form>
  );
}

export function EditListForm({ action, identifier, name, description }: { action: Action; identifier: string; name: string; description: string }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction} className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-end" noValidate>
      <input type="hidden" name="identifier" value={identifier} />
      <Textfield label={t("name")} name="name" defaultValue={name} autoComplete="off" />
      <Textfield label={t("description")} name="description" defaultValue={description} autoComplete="off" />
      <Button type="submit" disabled={pending}>{t("save")}</Button>
      <div className="md:col-span-3"><Result state={state} id="edit-list" /></div>
    </form>
  );
}

export function DeleteListForm({ action, identifier }: { action: Action; identifier: string }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction}>
      <input type="hidden" name="identifier" value={identifier} />
      <Button type="submit" data-color="danger" variant="secondary" disabled={pending}>{t("deleteList")}</Button>
      <Result state={state} id="delete-list" />
    </form>
  );
}

export function AddMemberForm({ action, identifier }: { action: Action; identifier: string }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="identifier" value={identifier} />
      <Textfield label={t("addOrgNo")} name="orgNo" inputMode="numeric" autoComplete="off" data-size="sm" />
      <Button type="submit" data-size="sm" disabled={pending}>{t("addMember")}</Button>
      <div className="w-full"><Result state={state} id="add-member" /></div>
    </form>
  );
}

export function RemoveMemberButton({ action, identifier, partyUuid, label }: { action: Action; identifier: string; partyUuid: string; label: string }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction}>
      <input type="hidden" name="identifier" value={identifier} />
      <input type="hidden" name="partyUuid" value={partyUuid} />
      <Button type="submit" variant="tertiary" data-size="sm" disabled={pending} aria-label={t("removeLabel", { name: label })}>{t("remove")}</Button>
      {state.error ? <ValidationMessage>{state.error}</ValidationMessage> : null}
    </form>
  );
}

export function ConnectForm({ action, identifier, resources, actions }: { action: Action; identifier: string; resources: { identifier: string; title: string }[]; actions: readonly string[] }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="identifier" value={identifier} />
      <Field className="max-w-md">
        <Label>{t("resource")}</Label>
        <Select name="resource" data-size="sm" defaultValue="">
          <SelectOption value="">{t("chooseResource")}</SelectOption>
          {resources.map((r) => (
            <SelectOption key={r.identifier} value={r.identifier}>{`${r.identifier} · ${r.title}`}</SelectOption>
          ))}
        </Select>
      </Field>
      <Fieldset data-size="sm">
        <FieldsetLegend>{t("actionFilter")}</FieldsetLegend>
        <div className="flex flex-wrap gap-4">
          {actions.map((a) => (
            <Checkbox key={a} name="actions" value={a} label={a} />
          ))}
        </div>
      </Fieldset>
      <Button type="submit" data-size="sm" disabled={pending}>{t("connect")}</Button>
      <Result state={state} id="connect" />
    </form>
  );
}

export function DisconnectButton({ action, identifier, resource }: { action: Action; identifier: string; resource: string }) {
  const [state, formAction, pending] = useActionState<ListFormState, FormData>(action, {});
  const t = useTranslations("AccessListForms");
  return (
    <form action={formAction}>
      <input type="hidden" name="identifier" value={identifier} />
      <input type="hidden" name="resource" value={resource} />
      <Button type="submit" variant="tertiary" data-size="sm" disabled={pending} aria-label={t("disconnectLabel", { resource })}>{t("disconnect")}</Button>
      {state.error ? <ValidationMessage>{state.error}</ValidationMessage> : null}
    </form>
  );
}
