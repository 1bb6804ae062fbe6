import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <Heading level={1} data-size="lg">
        Page not found
      </Heading>
      <Paragraph>
        There is nothing here. <Link href="/">Back to the start page</Link>.
      </Paragraph>
    </div>
  );
}
