// Test data for the PDP's person path, run with `npx tsx` against the test run's database: a sole
// proprietorship (ENK) client of TILBAKEHOLDEN USYMMETRISK TIGER AS (ER role REGN) with its owner (INNH),
// the numbers of Altinn's own Bruno data (testdata/Authorization/tt02.js, client_ENK_HUMAN_TOPP_KATT_BIL),
// and, given an agent system user id, the ENK delegated to it. Upserts: safe beside a cast that has them.
// Usage: npx tsx e2e/support/enk-client.ts [agentSystemUserId]
import { db } from "../../lib/db";
import { partyIdOf, partyUuidOf } from "../../lib/parties/party-ids";
import { ORGS } from "../../prisma/cast";

export const ENK = { orgNo: "310329495", name: "HUMAN TOPP KATT BIL", innehaverPid: "31886896576", innehaverName: "EVENTYRLIG FALK" };

async function main(agentId: string | undefined) {
  await db.organization.upsert({
    where: { orgNo: ENK.orgNo },
    update: {},
    create: { orgNo: ENK.orgNo, name: ENK.name, orgForm: "ENK", partyId: partyIdOf("organization", ENK.orgNo), partyUuid: partyUuidOf("organization", ENK.orgNo) },
  });
  await db.person.upsert({
    where: { pid: ENK.innehaverPid },
    update: {},
    create: { pid: ENK.innehaverPid, name: ENK.innehaverName, partyId: partyIdOf("person", ENK.innehaverPid), partyUuid: partyUuidOf("person", ENK.innehaverPid) },
  });
  if (!(await db.personRole.findFirst({ where: { personPid: ENK.innehaverPid, orgNo: ENK.orgNo, code: "INNH" } }))) {
    await db.personRole.create({ data: { personPid: ENK.innehaverPid, orgNo: ENK.orgNo, code: "INNH" } });
  }
  if (!(await db.erRole.findFirst({ where: { clientOrgNo: ENK.orgNo, holderOrgNo: ORGS.tiger.orgNo, roleCode: "REGN" } }))) {
    await db.erRole.create({ data: { clientOrgNo: ENK.orgNo, holderOrgNo: ORGS.tiger.orgNo, roleCode: "REGN" } });
  }
  if (agentId) await db.clientDelegation.create({ data: { systemUserId: agentId, clientOrgNo: ENK.orgNo, createdByPid: "06857897380" } });
}

if (process.argv[1]?.endsWith("enk-client.ts")) {
  main(process.argv[2]).then(
    () => db.$disconnect(),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
