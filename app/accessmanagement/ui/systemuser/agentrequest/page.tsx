// The agent request's confirmUrl: /accessmanagement/ui/systemuser/agentrequest?id=<id>&DONTCHOOSEREPORTEE=true
import { pageTitle } from "@/lib/i18n/metadata";
import { RequestPage } from "../_components/request-page";
import { decideAgent } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("agentRequest");

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await searchParams;
  return <RequestPage kind="agent" id={typeof id === "string" ? id : ""} action={decideAgent} />;
}
