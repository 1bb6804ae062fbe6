"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@digdir/designsystemet-react";

/** Copies `text` to the clipboard (the confirmUrl the vendor sends its customer). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useTranslations("Vendor");
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      data-size="sm"
      data-testid="copy-button"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? t("copied") : (label ?? t("copy"))}
    </Button>
  );
}
