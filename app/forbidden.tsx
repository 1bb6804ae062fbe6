// Rendered with status 403 when lib/auth/actor's requireArea() refuses: no data of the area is shown.
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SwitchPerson } from "@/app/_components/switch-person";

export default function Forbidden() {
  return (
    <div className="max-w-2xl space-y-4" data-testid="not-allowed">
      <Heading level={1} data-size="lg">
        Not allowed
      </Heading>
      <Alert data-color="danger">
        <Paragraph>
          You do not have the role this page needs for the organisation you act for. Choose another organisation, or log
          in as someone who has it.
        </Paragraph>
      </Alert>
      <SwitchPerson />
      <p className="flex gap-4">
        <Link href="/velg-aktor">Change organisation</Link>
        <Link href="/start">Your areas</Link>
      </p>
    </div>
  );
}
