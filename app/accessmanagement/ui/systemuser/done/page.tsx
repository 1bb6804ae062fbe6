// The neutral page after a decision on a request without redirectUrl; the person is already logged out.
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader } from "@/app/_components/ui";

export const dynamic = "force-dynamic";

const TEXT: Record<string, { title: string; body: string; color: "success" | "info" }> = {
  accepted: { title: "System user created", body: "The request was approved and the system user was created with its rights.", color: "success" },
  rejected: { title: "Request rejected", body: "The request was rejected. No system user was created.", color: "info" },
};

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { status } = await searchParams;
  const text = (typeof status === "string" ? TEXT[status] : undefined) ?? { title: "Done", body: "", color: "info" as const };
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid="decision-done">
      <PageHeader title={text.title} />
      {text.body ? <Alert data-color={text.color}>{text.body}</Alert> : null}
      <Paragraph>You have been logged out. You can close this window and go back to the system you came from.</Paragraph>
    </div>
  );
}
