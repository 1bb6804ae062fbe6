import { useTranslations } from "next-intl";
import { Tag } from "@digdir/designsystemet-react";

const COLOR: Record<string, "info" | "success" | "danger" | "warning" | "neutral"> = {
  New: "info",
  Accepted: "success",
  Rejected: "danger",
  Denied: "danger",
  Timedout: "warning",
};

/** A request's status in the page's language (the API's own word when there is no translation). */
export function StatusTag({ status }: { status: string }) {
  const t = useTranslations("Request.status");
  return (
    <Tag data-color={COLOR[status] ?? "neutral"} data-testid="request-status" data-status={status}>
      {t.has(status) ? t(status) : status}
    </Tag>
  );
}
