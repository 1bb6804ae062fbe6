// The System Register's operations, in the order of Altinn's SystemRegisterController: each loads the
// system, checks the actor's write access (its own vendor, or the admin scope) before it reads or
// changes anything, then validates; each change writes a changelog row and an audit event in the same
// transaction.
import { audit } from "../audit";
import { db, isUniqueViolation, type Tx } from "../db";
import { toIso6523OrgId } from "../identifiers/orgno";
import { validationProblem } from "../problems/problem";
import { hasWriteAccess } from "./actor";
import { checkClientIds, checkPackages, checkRights, throwIfInvalid } from "./checks";
import { changedDataOf, storedPackages, storedRights, systemInternalId, toChangeLogEntry, toSystemDto, toSystemSummary, type SystemRow } from "./mapping";
import {
  changelogSystemNotFound,
  deleteSystemNotFound,
  forbidden,
  systemConflict,
  systemDeleted,
  systemNotFound,
  systemNotFoundText,
  type VendorActor,
} from "./problems";
import type { ChangeLogEntry, ChangeType, RegisteredSystemDto, RegisteredSystemSummary, SystemInput, SystemPackageInput, SystemRight } from "./schema";
import { PATH, readVendorOrgNo, validateRedirectUrls, validateSystemId, validationError, VLD } from "./validate";

const withClients = { clientIds: { select: { clientId: true } } } as const;

const loadSystem = (systemId: string): Promise<SystemRow | null> => db.registeredSystem.findUnique({ where: { id: systemId }, include: withClients });

/** The system, when the actor may write it: `notFound` when unknown, a bare 403 when another vendor's. */
async function loadWritable(actor: VendorActor, systemId: string, notFound: () => Error): Promise<SystemRow> {
  const row = await loadSystem(systemId);
  if (!row) throw notFound();
  if (!hasWriteAccess(actor, row.vendorOrgNo)) throw forbidden();
  return row;
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

async function logChange(tx: Tx, actor: VendorActor, systemId: string, changeType: ChangeType, data: unknown) {
  await tx.systemChangeLog.create({ data: { systemId, changeType, changedBy: actor.vendorOrgNo, clientId: actor.clientId ?? null, data: data as object } });
  await audit(actor.audit, `system.${changeType}`, systemId, { vendorOrgNo: actor.vendorOrgNo }, tx);
}

const clientIdTaken = () => validationProblem([validationError(VLD.clientIdTaken, PATH.clientId)]);

/**
 * POST /vendor: VLD-00000 alone first; then every rule collected (system id, redirect URLs, client ids,
 * rights, packages); then the write access for vendor.ID (bare 403); then the collected errors (400).
 * 200 with the system's internal id; a unique-key race on insert is Altinn's 409 plain string.
 */
export async function createSystem(actor: VendorActor, input: SystemInput): Promise<string> {
  const vendor = readVendorOrgNo(input.vendor.ID);
  if ("error" in vendor) throw validationProblem([vendor.error]);
  const vendorOrgNo = vendor.orgNo;
  const exists = await db.registeredSystem.findUnique({ where: { id: input.id }, select: { id: true } });
  const errors = [
    ...validateSystemId(input.id, vendorOrgNo),
    ...(exists ? [validationError(VLD.systemIdExists, PATH.id)] : []),
    ...validateRedirectUrls(input.allowedRedirectUrls),
    ...(await checkClientIds(input.clientId, vendorOrgNo, "create")),
    ...(await checkRights(input.rights)),
    ...checkPackages(input.accessPackages, input.isVisible),
  ];
  if (!hasWriteAccess(actor, vendorOrgNo)) throw forbidden();
  throwIfInvalid(errors);
  // Only the admin scope gets here with another org: the simulator registers systems of organisations it knows.
  if (!(await db.organization.findUnique({ where: { orgNo: vendorOrgNo }, select: { orgNo: true } }))) {
    throw validationProblem([validationError(VLD.orgIdentifier, PATH.vendorId)]);
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.registeredSystem.create({ data: { id: input.id, vendorOrgNo, ...columns(input) } });
      // The primary key of SystemClientId enforces one live system per client id under races.
      if (input.clientId.length) await tx.systemClientId.createMany({ data: input.clientId.map((clientId) => ({ clientId, systemId: input.id })) });
      await logChange(tx, actor, input.id, "create", changedDataOf({ system: input }));
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw systemConflict(input.id);
    throw e;
  }
  return systemInternalId(input.id);
}

const liveSystemsOf = (actor: VendorActor) =>
  db.registeredSystem.findMany({ where: { vendorOrgNo: actor.vendorOrgNo, isDeleted: false }, include: withClients, orderBy: { id: "asc" } });

/** GET /vendor: the caller's live systems as RegisteredSystemDTO (GetListOfSystemsForVendor). */
export async function listSystemSummaries(actor: VendorActor): Promise<RegisteredSystemSummary[]> {
  return (await liveSystemsOf(actor)).map(toSystemSummary);
}

/** The vendor's live systems in full, for the vendor's pages. */
export async function listSystems(actor: VendorActor): Promise<RegisteredSystemDto[]> {
  return (await liveSystemsOf(actor)).map(toSystemDto);
}

/** GET /vendor/{systemId}: also a deleted system (isDeleted true); 404 and 403 bare. */
export async function getSystem(actor: VendorActor, systemId: string): Promise<RegisteredSystemDto> {
  return toSystemDto(await loadWritable(actor, systemId, systemNotFound));
}

/**
 * PUT /vendor/{systemId}, in the real order: unknown 404; write access 403; body vendor ≠ stored vendor
 * 404; id mismatch VLD-00012 alone; deleted 400; then rights, packages and client ids collected.
 * (The real PUT does not check the redirect URLs nor the id's format.)
 */
export async function updateSystem(actor: VendorActor, systemId: string, input: SystemInput): Promise<void> {
  const current = await loadWritable(actor, systemId, () => systemNotFoundText(systemId));
  if (input.vendor.ID !== toIso6523OrgId(current.vendorOrgNo)) throw systemNotFoundText(systemId);
  if (input.id !== systemId) throw validationProblem([validationError(VLD.systemIdMismatch, PATH.id)]);
  if (current.isDeleted) throw systemDeleted();
  throwIfInvalid([
    ...(await checkRights(input.rights)),
    ...checkPackages(input.accessPackages, input.isVisible),
    ...(await checkClientIds(input.clientId, current.vendorOrgNo, "update", systemId)),
  ]);
  try {
    await db.$transaction(async (tx) => {
      await tx.registeredSystem.update({ where: { id: systemId }, data: columns(input) });
      await tx.systemClientId.deleteMany({ where: { systemId } });
      if (input.clientId.length) await tx.systemClientId.createMany({ data: input.clientId.map((clientId) => ({ clientId, systemId })) });
      await logChange(tx, actor, systemId, "update", changedDataOf({ system: input }));
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw clientIdTaken();
  }
}

/**
 * PUT /vendor/{systemId}/rights. An unknown system is a NullReferenceException (500) in Altinn; the
 * simulator answers as PUT /vendor/{systemId} does for one: 404 "System with ID '…' not found.".
 */
export async function updateRights(actor: VendorActor, systemId: string, rights: SystemRight[]): Promise<void> {
  const current = await loadWritable(actor, systemId, () => systemNotFoundText(systemId));
  if (current.isDeleted) throw systemDeleted();
  throwIfInvalid(await checkRights(rights));
  await db.$transaction(async (tx) => {
    await tx.registeredSystem.update({ where: { id: systemId }, data: { rights: storedRights(rights) as object } });
    await logChange(tx, actor, systemId, "rightsupdate", changedDataOf({ rights }));
  });
}

/** PUT /vendor/{systemId}/accesspackages: validated against the stored isVisible; unknown system as for rights. */
export async function updateAccessPackages(actor: VendorActor, systemId: string, packages: SystemPackageInput[]): Promise<void> {
  const current = await loadWritable(actor, systemId, () => systemNotFoundText(systemId));
  if (current.isDeleted) throw systemDeleted();
  throwIfInvalid(checkPackages(packages, current.isVisible));
  await db.$transaction(async (tx) => {
    await tx.registeredSystem.update({ where: { id: systemId }, data: { accessPackages: storedPackages(packages) as object } });
    await logChange(tx, actor, systemId, "accesspackageupdate", changedDataOf({ packages }));
  });
}

/** DELETE /vendor/{systemId}: soft delete releasing its client ids; unknown is ASP.NET's validation problem; again is 200. */
export async function deleteSystem(actor: VendorActor, systemId: string): Promise<void> {
  await loadWritable(actor, systemId, deleteSystemNotFound);
  await db.$transaction(async (tx) => {
    await tx.registeredSystem.update({ where: { id: systemId }, data: { isDeleted: true } });
    const released = await tx.systemClientId.findMany({ where: { systemId }, select: { clientId: true } });
    await tx.systemClientId.deleteMany({ where: { systemId } });
    // Altinn logs null; the released client ids are kept for the simulator's own audit.
    await logChange(tx, actor, systemId, "delete", { releasedClientIds: released.map((r) => r.clientId) });
  });
}

/** GET /vendor/{systemId}/changelog: newest first (SystemChangeLogRepository: ORDER BY created DESC). */
export async function getChangelog(actor: VendorActor, systemId: string): Promise<ChangeLogEntry[]> {
  await loadWritable(actor, systemId, () => changelogSystemNotFound(systemId));
  const rows = await db.systemChangeLog.findMany({ where: { systemId }, orderBy: [{ created: "desc" }, { id: "desc" }] });
  return rows.map(toChangeLogEntry);
}
