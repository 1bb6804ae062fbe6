"use client";
// The logged-in person's own Altinn token, to call the client-delegation API with as Altinn's real
// clients do (bearer token with altinn:clientdelegations.read/.write). A simulator test feature.
import { useState } from "react";
import { Button, Paragraph, Textarea } from "@digdir/designsystemet-react";

export function MyToken({ token, scopes, expires }: { token: string; scopes: string; expires: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <details data-testid="my-token">
      <summary className="cursor-pointer font-medium">Your Altinn token (for the client-delegation API)</summary>
      <div className="mt-3 flex flex-col gap-3">
        <Paragraph data-size="sm">
          Scopes <code>{scopes}</code>, valid until {expires}. Send it as <code>Authorization: Bearer …</code> to
          <code> /authentication/api/v1/enduser/systemuser/…</code>. Reload the page for a fresh one.
        </Paragraph>
        <Textarea readOnly rows={4} value={token} aria-label="Your Altinn token" data-testid="my-token-value" />
        <div>
          <Button
            type="button"
            data-size="sm"
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(token);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy token"}
          </Button>
        </div>
      </div>
    </details>
  );
}
