// next-auth's own endpoints (session, csrf, callback, signout).
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
