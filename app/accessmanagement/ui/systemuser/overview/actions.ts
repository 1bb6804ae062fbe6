"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/actor";
import { Problem } from "@/lib/problems/problem";
import { deleteSystemUser } from "@/lib/system-users/delete";

export interface DeleteState {
  error?: { code: string; title: string };
}

const PATH = "/accessmanagement/ui/systemuser/overview";

// POST (server action) /accessmanagement/ui/systemuser/overview: delete one of the org's system users.
export async function deleteAction(_prev: DeleteState, form: FormData): Promise<DeleteState> {
  const actor = await requireArea("endUser", PATH);
  try {
    await deleteSystemUser({ pid: actor.pid, orgNo: actor.party.orgNo }, String(form.get("systemUserId") ?? ""));
  } catch (e) {
    if (e instanceof Problem) return { error: { code: e.code, title: e.title } };
    throw e;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?deleted=1`);
}
