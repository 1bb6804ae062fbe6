import { Tag } from "@digdir/designsystemet-react";

const COLORS: Record<string, "success" | "danger" | "warning" | "info" | "neutral"> = {
  New: "info",
  Accepted: "success",
  Rejected: "danger",
  Denied: "danger",
  Timedout: "warning",
};

export function StatusTag({ status }: { status: string }) {
  return (
    <Tag data-color={COLORS[status] ?? "neutral"} data-testid="request-status">
      {status}
    </Tag>
  );
}
