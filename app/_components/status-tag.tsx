import { Tag } from "@digdir/designsystemet-react";

const COLOR: Record<string, "info" | "success" | "danger" | "warning" | "neutral"> = {
  New: "info",
  Accepted: "success",
  Rejected: "danger",
  Denied: "danger",
  Timedout: "warning",
};

export function StatusTag({ status }: { status: string }) {
  return (
    <Tag data-color={COLOR[status] ?? "neutral"} data-testid="request-status">
      {status}
    </Tag>
  );
}
