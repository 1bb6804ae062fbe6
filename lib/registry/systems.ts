// The System Register's operations (reference §2). Every function takes the acting vendor and checks that
// the system is the vendor's before it reads or changes anything; each change writes a changelog row and
// an audit event in the same transaction.
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { validationProblem } from "../problems/problem";
import { checkPackages, checkRights, checkSystemBody, throwIfInvalid } from "./checks";
import { storedPackages, storedRights, systemInternalId, toChangeLogEntry, toSystemDto, type SystemRow } from "./mapping";
import { notSystemVendor, systemIdExists, systemNotFound, vendorMismatch, type VendorActor } from "./problems";
import type { ChangeLogEntry, RegisteredSystemDto, SystemInput, SystemPackage, SystemRight } from "./schema";
import { PATH, readVendorOrgNo, validateSystemId, VLD } from "./validate";

const withClients = { clientIds: { select: { clientId: true } } } as const;

function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/** The system, if it is the actor's; 404 when unknown, 403 when another vendor's. */
async function loadOwned(actor: VendorActor, systemId: string, opts: { allowDeleted?: boolean } = {}): Promise<SystemRow> {
  const row = await db.registeredSystem.findUnique({ where: { id: systemId }, include: withClients });
  if (!row) throw systemNotFound(systemId);
  if (row.vendorOrgNo !== actor.vendorOrgNo) throw notSystemVendor(systemId);
  if (row.isDeleted && !opts.allowDeleted) throw systemNotFound(systemId);
  return row;
}

/** vendor.ID must be a 0192 org id (VLD-00000) and the actor itself (403). */
function vendorOf(input: SystemInput, actor: VendorActor): string {
  const v = readVendorOrgNo(input.vendor.ID);
  if ("error" in v) throw validationProblem([v.error]);
  if (v.orgNo !== actor.vendorOrgNo) throw vendorMismatch();
  return v.orgNo;
}

function columns(input: SystemInput) {
  return {
    nameNb: input.name.nb,
    nameNn: input.name.nn,
    nameEn: input.name.en,
    descriptionNb: input.description.nb,
    descriptionNn: input.description.nn,
    descriptionEn: input.description.en,
    rights: storedRights(input.rights) as object,
    accessPackages: storedPackages(input.accessPackages) as object,
    allowedRedirectUrls: input.allowedRedirectUrls,
    isVisible: input.isVisible,
  };
}

/** The changelog keeps what the vendor sent, in the API's own shape. */
function changedData(input: SystemInput) {
  const { vendor: _vendor, ...rest } = input;
  return { ...rest, rights: storedRights(input.rights), accessPackages: storedPackages(input.accessPackages) };
}

async function logChange(tx: Tx, actor: VendorActor, systemId: string, changeType: ChangeLogEntry["changeType"], data: unknown) {
  await tx.systemChangeLog.create({ data: { systemId, changeType, changedBy: actor.vendorOrgNo, data: data as object } });
  await audit(actor.audit, `system.${changeType}`, systemId, { vendorOrgNo: actor.vendorOrgNo }, tx);
}

/** POST /vendor: 200 with the system's internal id. */
export async function createSystem(actor: VendorActor, input: SystemInput): Promise<string> {
  const vendorOrgNo = vendorOf(input, actor);
  const idErrors = validateSystemId(input.id, vendorOrgNo);
  // A second POST of the same system is a conflict, whatever else its body says (its client ids are now "taken").
  if (!idErrors.length && (await db.registeredSystem.findUnique({ where: { id: input.id }, select: { id: true } }))) throw systemIdExists(input.id);
  throwIfInvalid([...idErrors, ...(await checkSystemBody(input, vendorOrgNo))]);
  try {
    await db.$transaction(async (tx) => {
      await tx.registeredSystem.create({ data: { id: input.id, vendorOrgNo, ...columns(input) } });
      // The primary key of SystemClientId enforces one live system per client id (VLD-00004) under races.
      if (input.clientId.length) await tx.systemClientId.createMany({ data: input.clientId.map((clientId) => ({ clientId, systemId: input.id })) });
      await logChange(tx, actor, input.id, "create", changedData(input));
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const idTaken = await db.registeredSystem.findUnique({ where: { id: input.id }, select: { id: true } });
    if (idTaken) throw systemIdExists(input.id);
    throw validationProblem([{ code: VLD.clientIdTaken, detail: "One of the client ids is already tagged with an existing system.", paths: [PATH.clientId] }]);
  }
  return systemInternalId(input.id);
}

/** GET /vendor: the vendor's live systems. */
export async function listSystems(actor: VendorActor): Promise<RegisteredSystemDto[]> {
  const rows = await db.registeredSystem.findMany({ where: { vendorOrgNo: actor.vendorOrgNo, isDeleted: false }, include: withClients, orderBy: { id: "asc" } });
  return rows.map(toSystemDto);
}

/** GET /vendor/{systemId}: also a deleted system (isDeleted true), so the vendor can see what happened. */
export async function getSystem(actor: VendorActor, systemId: string): Promise<RegisteredSystemDto> {
  return toSystemDto(await loadOwned(actor, systemId, { allowDeleted: true }));
}

/** PUT /vendor/{systemId}: replaces the whole system. */
export async function updateSystem(actor: VendorActor, systemId: string, input: SystemInput): Promise<void> {
  const vendorOrgNo = vendorOf(input, actor);
  if (input.id !== systemId) {
    throw validationProblem([{ code: VLD.systemIdMismatch, detail: "The system ID in the request body does not match the system ID in the URL.", paths: [PATH.id] }]);
  }
  await loadOwned(actor, systemId);
  throwIfInvalid(await checkSystemBody(input, vendorOrgNo, systemId));
  try {
    await db.$transaction(async (tx) => {
      await tx.registeredSystem.update({ where: { id: systemId }, data: columns(input) });
      await tx.systemClientId.deleteMany({ where: { systemId } });
      if (input.clientId.length) await tx.systemClientId.createMany({ data: input.clientId.map((clientId) => ({ clientId, systemId })) });
      await logChange(tx, actor, systemId, "update", changedData(input));
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw validationProblem([{ code: VLD.clientIdTaken, detail: "One of the client ids is already tagged with an existing system.", paths: [PATH.clientId] }]);
  }
}

/** PUT /vendor/{systemId}/rights */
export async function updateRights(actor: VendorActor, systemId: string, rights: SystemRight[]): Promise<void> {
  await loadOwned(actor, systemId);
  throwIfInvalid(await checkRights(rights));
  await db.$transaction(async (tx) => {
    await tx.registeredSystem.update({ where: { id: systemId }, data: { rights: storedRights(rights) as object } });
    await logChange(tx, actor, systemId, "rightsupdate", storedRights(rights));
  });
}

/** PUT /vendor/{systemId}/accesspackages */
export async function updateAccessPackages(actor: VendorActor, systemId: string, packages: SystemPackage[]): Promise<void> {
  const current = await loadOwned(actor, systemId);
  throwIfInvalid(checkPackages(packages, current.isVisible));
  await db.$transaction(async (tx) => {
    await tx.registeredSystem.update({ where: { id: systemId }, data: { accessPackages: storedPackages(packages) as object } });
    await logChange(tx, actor, systemId, "accesspackageupdate", storedPackages(packages));
  });
}

/** DELETE /vendor/{systemId}: soft delete; its client ids are released for other systems. */
export async function deleteSystem(actor: VendorActor, systemId: string): Promise<void> {
  await loadOwned(actor, systemId);
  await db.$transaction(async (tx) => {
    await tx.registeredSystem.update({ where: { id: systemId }, data: { isDeleted: true } });
    const released = await tx.systemClientId.findMany({ where: { systemId }, select: { clientId: true } });
    await tx.systemClientId.deleteMany({ where: { systemId } });
    await logChange(tx, actor, systemId, "delete", { releasedClientIds: released.map((r) => r.clientId) });
  });
}

/** GET /vendor/{systemId}/changelog: oldest first. */
export async function getChangelog(actor: VendorActor, systemId: string): Promise<ChangeLogEntry[]> {
  await loadOwned(actor, systemId, { allowDeleted: true });
  const rows = await db.systemChangeLog.findMany({ where: { systemId }, orderBy: [{ created: "asc" }, { id: "asc" }] });
  return rows.map(toChangeLogEntry);
}
