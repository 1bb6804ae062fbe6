// The standard request's confirmUrl: /accessmanagement/ui/systemuser/request?id=<id>&DONTCHOOSEREPORTEE=true
import { pageTitle } from "@/lib/i18n/metadata";
import { RequestPage } from "../_components/request-page";
import { decideStandard } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("request");

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await searchParams;
  return <RequestPage kind="standard" id={typeof id === "string" ? id : ""} action={decideStandard} />;
}
