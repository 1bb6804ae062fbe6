"use client";
// The logged-in person's own Altinn token, to call the client-delegation API with as Altinn's real
// clients do (bearer token with altinn:clientdelegations.read/.write). A simulator test feature.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Paragraph, Textarea } from "@digdir/designsystemet-react";

export function MyToken({ token, scopes, expires }: { token: string; scopes: string; expires: string }) {
  const t = useTranslations("ClientAdmin");
  const [copied, setCopied] = useState(false);
  return (
    <details data-testid="my-token">
      <summary className="cursor-pointer font-medium" data-testid="my-token-toggle">{t("tokenSummary")}</summary>
      <div className="mt-3 flex flex-col gap-3">
        <Paragraph data-size="sm">
          {t.rich("tokenHelp", { scopes, expires, code: (c) => <code>{c}</code> })}
        </Paragraph>
        <Textarea readOnly rows={4} value={token} aria-label={t("tokenLabel")} data-testid="my-token-value" />
        <div>
          <Button
            type="button"
            data-size="sm"
            variant="secondary"
            data-testid="my-token-copy"
            onClick={async () => {
              await navigator.clipboard.writeText(token);
              setCopied(true);
            }}
          >
            {copied ? t("copied") : t("copy")}
          </Button>
        </div>
      </div>
    </details>
  );
}
