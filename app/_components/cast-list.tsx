// The test cast with one-click login (landing and login pages).
import { Button, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { listCast } from "@/lib/parties/relations";
import { accessPackageName } from "@/lib/parties/access-packages";
import { roleTitle } from "@/lib/parties/roles";
import { loginAs } from "../actions/session";

export async function CastList({ callbackUrl }: { callbackUrl?: string }) {
  const cast = await listCast();
  return (
    <Table zebra data-size="sm" className="w-full">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Person</TableHeaderCell>
          <TableHeaderCell>National identity number</TableHeaderCell>
          <TableHeaderCell>Organisation, roles and access packages</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">Log in</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {cast.map((p) => (
          <TableRow key={p.pid}>
            <TableCell className="font-medium">{p.name}</TableCell>
            <TableCell className="font-mono">{p.pid}</TableCell>
            <TableCell>
              {p.relations.map((r) => (
                <div key={r.orgNo}>
                  {r.orgName} ({r.orgNo}): {[...r.roles.map(roleTitle), ...r.packages.map(accessPackageName)].join(", ")}
                </div>
              ))}
            </TableCell>
            <TableCell>
              <form action={loginAs}>
                <input type="hidden" name="pid" value={p.pid} />
                {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
                <Button type="submit" variant="secondary" data-size="sm" className="whitespace-nowrap" aria-label={`Log in as ${p.name}`}>
                  Log in
                </Button>
              </form>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
