// Small layout pieces shared by pages (Designsystemet for controls, Tailwind for layout).
import { Heading, Paragraph } from "@digdir/designsystemet-react";

export function PageHeader({ title, lead, eyebrow }: { title: string; lead?: React.ReactNode; eyebrow?: string }) {
  return (
    <div className="mb-6 space-y-2">
      {eyebrow ? <p className="text-sm font-medium uppercase tracking-wide text-[var(--ds-color-neutral-text-subtle)]">{eyebrow}</p> : null}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {lead ? <Paragraph className="max-w-3xl">{lead}</Paragraph> : null}
    </div>
  );
}

export function Panel({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <section className={`rounded-lg bg-white p-6 shadow-sm ring-1 ring-black/5 ${className}`}>{children}</section>;
}

// Designsystemet's compound components (Table.Row, Card.Block, ...) cannot be reached through a client
// boundary from server components: use the named parts (TableRow, CardBlock, ...).
