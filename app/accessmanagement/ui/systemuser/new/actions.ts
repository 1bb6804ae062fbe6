"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { MAX_TITLE_LENGTH, createSystemUserForSystem } from "@/lib/approval/user-driven";

export interface CreateState {
  fieldErrors?: { integrationTitle?: string };
  error?: { code: string; title: string; detail?: string };
  integrationTitle?: string;
}

const PATH = "/accessmanagement/ui/systemuser/new";

const Form = z.object({
  systemId: z.string().min(1).max(200),
  integrationTitle: z.string().trim().max(MAX_TITLE_LENGTH, `At most ${MAX_TITLE_LENGTH} characters.`),
});

// POST (server action) /accessmanagement/ui/systemuser/new: user-driven creation of a standard system user.
export async function createAction(_prev: CreateState, form: FormData): Promise<CreateState> {
  const actor = await requireArea("endUser", PATH);
  const title = String(form.get("integrationTitle") ?? "");
  const parsed = Form.safeParse({ systemId: form.get("systemId"), integrationTitle: title });
  if (!parsed.success) {
    const titleIssue = parsed.error.issues.find((i) => i.path[0] === "integrationTitle");
    return { integrationTitle: title, fieldErrors: { integrationTitle: titleIssue?.message }, ...(titleIssue ? {} : { error: { code: "AUTH.VLD-00000", title: "Choose a system." } }) };
  }
  let id: string;
  try {
    id = await createSystemUserForSystem({ pid: actor.pid, orgNo: actor.party.orgNo }, parsed.data.systemId, parsed.data.integrationTitle);
  } catch (e) {
    if (e instanceof Problem) return { integrationTitle: title, error: { code: e.code, title: e.title, detail: e.detail } };
    throw e;
  }
  redirect(`/accessmanagement/ui/systemuser/overview?created=${id}`);
}
