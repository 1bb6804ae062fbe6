// User-driven creation (reference §1 step 4, §4): the end user picks a visible system in the portal and
// creates a standard system user for the organisation at once. Every right and package of the system is
// delegated, so the person must hold them all, as when approving a request. externalRef is the org number.
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { Problem } from "../problems/problem";
import { AUTH } from "../problems/auth";
import { accessPackageName } from "../parties/access-packages";
import type { PartyRelation } from "../parties/roles";
import { approvalProblem, assessApproval, type MissingAccess } from "./rules";
import { resourceTexts } from "./load";
import { localizedColumn, type Locale } from "../i18n/locale";
import { requireAccessManager, type OrgActor } from "../system-users/access";
import { insertSystemUser, mapUniqueViolation, systemUserLiveKey } from "../system-users/create";
import { loadPolicies } from "../system-users/policies";
import { expandRight, expandRights, parsePackages, parseRights } from "../system-users/rights";

export interface VisibleSystem {
  id: string;
  name: string;
  description: string;
  vendor: { orgNo: string; name: string };
  rights: { resource: string; title: string; actions: string[] }[];
  accessPackages: { urn: string; name: string }[];
  /** The organisation already has a user-driven system user for it (externalRef = org number). */
  alreadyCreated: boolean;
  /** What the person lacks to create it, in words; empty when they may. */
  missing: MissingAccess[];
}

export const MAX_TITLE_LENGTH = 255;

function systemNotFound(): Problem {
  return AUTH.systemNotFound();
}

type SystemRow = Awaited<ReturnType<typeof visibleRows>>[number];

async function describe(actor: OrgActor, relation: PartyRelation, row: SystemRow, locale: Locale): Promise<VisibleSystem> {
  const rights = parseRights(row.rights);
  const packages = parsePackages(row.accessPackages);
  const policies = await loadPolicies(rights.map((r) => r.resource));
  const assessment = assessApproval({ kind: "standard", relation, rights, accessPackages: packages, policies });
  const texts = await resourceTexts(rights.map((r) => r.resource), locale);
  const live = await db.systemUser.findUnique({ where: { liveKey: systemUserLiveKey(row.id, actor.orgNo, actor.orgNo) }, select: { id: true } });
  return {
    id: row.id,
    name: localizedColumn(row, "name", locale),
    description: localizedColumn(row, "description", locale),
    vendor: { orgNo: row.vendor.orgNo, name: row.vendor.name },
    rights: rights.map((r) => ({
      resource: r.resource,
      title: texts.get(r.resource)?.title || policies.get(r.resource)?.title || r.resource,
      actions: (expandRight(r, policies.get(r.resource)) ?? []).map((p) => p.action),
    })),
    accessPackages: packages.map((urn) => ({ urn, name: accessPackageName(urn, locale) })),
    alreadyCreated: Boolean(live),
    missing: assessment.missing,
  };
}

function visibleRows(id?: string) {
  return db.registeredSystem.findMany({
    where: { isVisible: true, isDeleted: false, ...(id ? { id } : {}) },
    include: { vendor: true },
    orderBy: { nameEn: "asc" },
  });
}

export async function listVisibleSystems(actor: OrgActor, locale: Locale = "en"): Promise<VisibleSystem[]> {
  const relation = await requireAccessManager(actor);
  return Promise.all((await visibleRows()).map((row) => describe(actor, relation, row, locale)));
}

export async function findVisibleSystem(actor: OrgActor, systemId: string, locale: Locale = "en"): Promise<VisibleSystem | null> {
  const relation = await requireAccessManager(actor);
  const [row] = await visibleRows(systemId);
  return row ? describe(actor, relation, row, locale) : null;
}

/** Creates the system user; returns its id. AUTH-00011 for a system that is not visible and live. */
export async function createSystemUserForSystem(actor: OrgActor, systemId: string, integrationTitle: string): Promise<string> {
  const relation = await requireAccessManager(actor);
  const [row] = await visibleRows(systemId);
  if (!row) throw systemNotFound();
  const rights = parseRights(row.rights);
  const packages = parsePackages(row.accessPackages);
  const policies = await loadPolicies(rights.map((r) => r.resource));
  const problem = approvalProblem(assessApproval({ kind: "standard", relation, rights, accessPackages: packages, policies }));
  if (problem) throw problem;
  const id = randomUUID();
  try {
    await db.$transaction((tx) =>
      insertSystemUser(
        tx,
        {
          id,
          userType: "standard",
          systemId: row.id,
          reporteeOrgNo: actor.orgNo,
          externalRef: actor.orgNo,
          integrationTitle: integrationTitle.trim() || row.nameNb,
          rights: expandRights(rights, policies),
          accessPackages: packages,
        },
        `person:${actor.pid}`,
      ),
    );
  } catch (e) {
    throw mapUniqueViolation(e);
  }
  return id;
}
