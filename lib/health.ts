import { db } from "./db";

export async function checkHealth(): Promise<boolean> {
  try {
    await db.organization.count();
    return true;
  } catch {
    return false;
  }
}
