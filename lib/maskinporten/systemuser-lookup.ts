// The question Maskinporten asks Altinn before it issues a system-user token (reference §6):
// GET /authentication/api/v1/systemuser/byExternalId. One function, used by the token endpoint and by
// the mirrored Altinn route, so both always give the same answer.
import { db } from "../db";
import { systemUserDtoInclude, toSystemUserDto, type SystemUserDto } from "../system-users/dto";

export interface SystemUserQuery {
  clientId: string;
  /** The vendor: the client's organisation. */
  systemProviderOrgNo: string;
  /** systemuser_org of the grant: the owner (standard) or the facilitator (agent). */
  systemUserOwnerOrgNo: string;
  /** Defaults to the owner's organisation number, as requests and system users do. */
  externalRef?: string;
}

/**
 * SystemUserController.CheckIfPartyHasIntegration: `productName` is the system id there. A live system user owned by the org, of a live system that lists the client id and belongs to the
 * client's organisation, with that externalRef; null when there is none.
 */
export async function findSystemUserForClient(q: SystemUserQuery): Promise<SystemUserDto | null> {
  const su = await db.systemUser.findFirst({
    where: {
      reporteeOrgNo: q.systemUserOwnerOrgNo,
      externalRef: q.externalRef || q.systemUserOwnerOrgNo,
      isDeleted: false,
      system: { isDeleted: false, vendorOrgNo: q.systemProviderOrgNo, clientIds: { some: { clientId: q.clientId } } },
    },
    include: systemUserDtoInclude,
  });
  return su ? toSystemUserDto(su, su.systemId) : null;
}
