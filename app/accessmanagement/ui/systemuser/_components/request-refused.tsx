// A person without any relation to the request's party: refused, and nothing of the request is shown.
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SwitchPerson } from "@/app/_components/switch-person";

export default function RequestRefused() {
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid="request-refused">
      <Heading level={1} data-size="lg">
        You cannot handle this request
      </Heading>
      <Alert data-color="danger">
        <Paragraph>
          The request is for an organisation you have no role in. Only the organisation&apos;s access managers can
          approve it: log in as one of them, and you come back to this request.
        </Paragraph>
      </Alert>
      <SwitchPerson />
      <Link href="/" className="ds-link">
        Back to the start page
      </Link>
    </div>
  );
}
