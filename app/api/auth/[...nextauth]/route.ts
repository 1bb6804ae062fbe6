// next-auth's own endpoints (session, csrf, callback, signout). Bodies (the credentials callback's form)
// are read with a byte limit before next-auth sees them.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { BodyTooLarge, withBoundedBody } from "@/lib/body";

export const { GET } = handlers;

/** A login form is a few hundred bytes. */
const MAX_FORM_BYTES = 16 * 1024;

export async function POST(req: NextRequest): Promise<Response> {
  try {
    return await handlers.POST(await withBoundedBody(req, MAX_FORM_BYTES));
  } catch (e) {
    if (e instanceof BodyTooLarge) return new Response("Payload Too Large", { status: 413 });
    throw e;
  }
}
