-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Organization" (
    "orgNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgForm" TEXT NOT NULL,
    "orgCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("orgNo")
);

-- CreateTable
CREATE TABLE "Person" (
    "pid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("pid")
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" TEXT NOT NULL,
    "personPid" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,
    "code" TEXT NOT NULL,

    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAccessPackage" (
    "id" TEXT NOT NULL,
    "personPid" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,
    "urn" TEXT NOT NULL,

    CONSTRAINT "PersonAccessPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErRole" (
    "id" TEXT NOT NULL,
    "clientOrgNo" TEXT NOT NULL,
    "roleCode" TEXT NOT NULL,
    "holderOrgNo" TEXT NOT NULL,

    CONSTRAINT "ErRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgPackageDelegation" (
    "id" TEXT NOT NULL,
    "fromOrgNo" TEXT NOT NULL,
    "toOrgNo" TEXT NOT NULL,
    "urn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgPackageDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "identifier" TEXT NOT NULL,
    "ownerOrgNo" TEXT NOT NULL,
    "titleNb" TEXT NOT NULL,
    "titleNn" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionNb" TEXT NOT NULL DEFAULT '',
    "descriptionNn" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "rightDescriptionNb" TEXT NOT NULL DEFAULT '',
    "rightDescriptionNn" TEXT NOT NULL DEFAULT '',
    "rightDescriptionEn" TEXT NOT NULL DEFAULT '',
    "resourceType" TEXT NOT NULL DEFAULT 'Default',
    "delegable" BOOLEAN NOT NULL DEFAULT true,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "accessListMode" TEXT NOT NULL DEFAULT 'Disabled',
    "status" TEXT NOT NULL DEFAULT 'Completed',
    "maskinportenScope" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("identifier")
);

-- CreateTable
CREATE TABLE "PolicyRule" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL DEFAULT '',
    "subjects" JSONB NOT NULL,
    "actions" JSONB NOT NULL,

    CONSTRAINT "PolicyRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceAccessListMember" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,

    CONSTRAINT "ResourceAccessListMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaskinportenScope" (
    "name" TEXT NOT NULL,
    "ownerOrgNo" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaskinportenScope_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "ScopeGrant" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScopeGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaskinportenClient" (
    "clientId" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scopes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaskinportenClient_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "ClientKey" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kid" TEXT NOT NULL,
    "jwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "ClientKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "kid" TEXT NOT NULL,
    "alg" TEXT NOT NULL DEFAULT 'RS256',
    "privateJwk" JSONB NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("kid")
);

-- CreateTable
CREATE TABLE "UsedJti" (
    "clientId" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedJti_pkey" PRIMARY KEY ("clientId","jti")
);

-- CreateTable
CREATE TABLE "RegisteredSystem" (
    "id" TEXT NOT NULL,
    "vendorOrgNo" TEXT NOT NULL,
    "nameNb" TEXT NOT NULL,
    "nameNn" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionNb" TEXT NOT NULL,
    "descriptionNn" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "rights" JSONB NOT NULL,
    "accessPackages" JSONB NOT NULL,
    "allowedRedirectUrls" JSONB NOT NULL,
    "isVisible" BOOLEAN NOT NULL DEFAULT true,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegisteredSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemClientId" (
    "clientId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,

    CONSTRAINT "SystemClientId_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "SystemChangeLog" (
    "id" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "changeType" TEXT NOT NULL,
    "changedBy" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemChangeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUserRequest" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "partyOrgNo" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "integrationTitle" TEXT NOT NULL DEFAULT '',
    "rights" JSONB NOT NULL,
    "accessPackages" JSONB NOT NULL,
    "requiredRights" JSONB,
    "unwantedRights" JSONB,
    "requiredAccessPackages" JSONB,
    "unwantedAccessPackages" JSONB,
    "systemUserId" TEXT,
    "correlationId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'New',
    "redirectUrl" TEXT,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "decidedByPid" TEXT,
    "decidedAt" TIMESTAMP(3),
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "liveKey" TEXT,

    CONSTRAINT "SystemUserRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUser" (
    "id" TEXT NOT NULL,
    "userType" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "reporteeOrgNo" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "integrationTitle" TEXT NOT NULL,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "liveKey" TEXT,

    CONSTRAINT "SystemUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUserRight" (
    "id" TEXT NOT NULL,
    "systemUserId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "action" TEXT NOT NULL,

    CONSTRAINT "SystemUserRight_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemUserAccessPackage" (
    "id" TEXT NOT NULL,
    "systemUserId" TEXT NOT NULL,
    "urn" TEXT NOT NULL,

    CONSTRAINT "SystemUserAccessPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientDelegation" (
    "id" TEXT NOT NULL,
    "systemUserId" TEXT NOT NULL,
    "clientOrgNo" TEXT NOT NULL,
    "createdByPid" TEXT NOT NULL,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxClaim" (
    "id" TEXT NOT NULL,
    "orgNo" TEXT NOT NULL,
    "claimType" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "kid" TEXT NOT NULL,
    "period" TEXT NOT NULL,

    CONSTRAINT "TaxClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "details" JSONB NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_orgCode_key" ON "Organization"("orgCode");

-- CreateIndex
CREATE INDEX "PersonRole_orgNo_idx" ON "PersonRole"("orgNo");

-- CreateIndex
CREATE UNIQUE INDEX "PersonRole_personPid_orgNo_code_key" ON "PersonRole"("personPid", "orgNo", "code");

-- CreateIndex
CREATE INDEX "PersonAccessPackage_orgNo_idx" ON "PersonAccessPackage"("orgNo");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAccessPackage_personPid_orgNo_urn_key" ON "PersonAccessPackage"("personPid", "orgNo", "urn");

-- CreateIndex
CREATE INDEX "ErRole_holderOrgNo_idx" ON "ErRole"("holderOrgNo");

-- CreateIndex
CREATE UNIQUE INDEX "ErRole_clientOrgNo_roleCode_holderOrgNo_key" ON "ErRole"("clientOrgNo", "roleCode", "holderOrgNo");

-- CreateIndex
CREATE INDEX "OrgPackageDelegation_toOrgNo_idx" ON "OrgPackageDelegation"("toOrgNo");

-- CreateIndex
CREATE UNIQUE INDEX "OrgPackageDelegation_fromOrgNo_toOrgNo_urn_key" ON "OrgPackageDelegation"("fromOrgNo", "toOrgNo", "urn");

-- CreateIndex
CREATE INDEX "PolicyRule_resourceId_idx" ON "PolicyRule"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceAccessListMember_resourceId_orgNo_key" ON "ResourceAccessListMember"("resourceId", "orgNo");

-- CreateIndex
CREATE UNIQUE INDEX "ScopeGrant_scope_orgNo_key" ON "ScopeGrant"("scope", "orgNo");

-- CreateIndex
CREATE UNIQUE INDEX "ClientKey_clientId_kid_key" ON "ClientKey"("clientId", "kid");

-- CreateIndex
CREATE INDEX "UsedJti_expiresAt_idx" ON "UsedJti"("expiresAt");

-- CreateIndex
CREATE INDEX "RegisteredSystem_vendorOrgNo_idx" ON "RegisteredSystem"("vendorOrgNo");

-- CreateIndex
CREATE INDEX "SystemClientId_systemId_idx" ON "SystemClientId"("systemId");

-- CreateIndex
CREATE INDEX "SystemChangeLog_systemId_created_idx" ON "SystemChangeLog"("systemId", "created");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUserRequest_liveKey_key" ON "SystemUserRequest"("liveKey");

-- CreateIndex
CREATE INDEX "SystemUserRequest_systemId_created_idx" ON "SystemUserRequest"("systemId", "created");

-- CreateIndex
CREATE INDEX "SystemUserRequest_partyOrgNo_status_idx" ON "SystemUserRequest"("partyOrgNo", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUser_liveKey_key" ON "SystemUser"("liveKey");

-- CreateIndex
CREATE INDEX "SystemUser_systemId_idx" ON "SystemUser"("systemId");

-- CreateIndex
CREATE INDEX "SystemUser_reporteeOrgNo_idx" ON "SystemUser"("reporteeOrgNo");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUserRight_systemUserId_resource_action_key" ON "SystemUserRight"("systemUserId", "resource", "action");

-- CreateIndex
CREATE UNIQUE INDEX "SystemUserAccessPackage_systemUserId_urn_key" ON "SystemUserAccessPackage"("systemUserId", "urn");

-- CreateIndex
CREATE INDEX "ClientDelegation_clientOrgNo_idx" ON "ClientDelegation"("clientOrgNo");

-- CreateIndex
CREATE UNIQUE INDEX "ClientDelegation_systemUserId_clientOrgNo_key" ON "ClientDelegation"("systemUserId", "clientOrgNo");

-- CreateIndex
CREATE INDEX "TaxClaim_orgNo_idx" ON "TaxClaim"("orgNo");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_subject_idx" ON "AuditEvent"("subject");

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personPid_fkey" FOREIGN KEY ("personPid") REFERENCES "Person"("pid") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_orgNo_fkey" FOREIGN KEY ("orgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAccessPackage" ADD CONSTRAINT "PersonAccessPackage_personPid_fkey" FOREIGN KEY ("personPid") REFERENCES "Person"("pid") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAccessPackage" ADD CONSTRAINT "PersonAccessPackage_orgNo_fkey" FOREIGN KEY ("orgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErRole" ADD CONSTRAINT "ErRole_clientOrgNo_fkey" FOREIGN KEY ("clientOrgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErRole" ADD CONSTRAINT "ErRole_holderOrgNo_fkey" FOREIGN KEY ("holderOrgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPackageDelegation" ADD CONSTRAINT "OrgPackageDelegation_fromOrgNo_fkey" FOREIGN KEY ("fromOrgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPackageDelegation" ADD CONSTRAINT "OrgPackageDelegation_toOrgNo_fkey" FOREIGN KEY ("toOrgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_ownerOrgNo_fkey" FOREIGN KEY ("ownerOrgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_maskinportenScope_fkey" FOREIGN KEY ("maskinportenScope") REFERENCES "MaskinportenScope"("name") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyRule" ADD CONSTRAINT "PolicyRule_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("identifier") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAccessListMember" ADD CONSTRAINT "ResourceAccessListMember_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("identifier") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaskinportenScope" ADD CONSTRAINT "MaskinportenScope_ownerOrgNo_fkey" FOREIGN KEY ("ownerOrgNo") REFERENCES "Organization"("orgNo") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeGrant" ADD CONSTRAINT "ScopeGrant_scope_fkey" FOREIGN KEY ("scope") REFERENCES "MaskinportenScope"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopeGrant" ADD CONSTRAINT "ScopeGrant_orgNo_fkey" FOREIGN KEY ("orgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaskinportenClient" ADD CONSTRAINT "MaskinportenClient_orgNo_fkey" FOREIGN KEY ("orgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientKey" ADD CONSTRAINT "ClientKey_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "MaskinportenClient"("clientId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisteredSystem" ADD CONSTRAINT "RegisteredSystem_vendorOrgNo_fkey" FOREIGN KEY ("vendorOrgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemClientId" ADD CONSTRAINT "SystemClientId_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "RegisteredSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemChangeLog" ADD CONSTRAINT "SystemChangeLog_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "RegisteredSystem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUserRequest" ADD CONSTRAINT "SystemUserRequest_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "RegisteredSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUserRequest" ADD CONSTRAINT "SystemUserRequest_partyOrgNo_fkey" FOREIGN KEY ("partyOrgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUserRequest" ADD CONSTRAINT "SystemUserRequest_systemUserId_fkey" FOREIGN KEY ("systemUserId") REFERENCES "SystemUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUser" ADD CONSTRAINT "SystemUser_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "RegisteredSystem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUser" ADD CONSTRAINT "SystemUser_reporteeOrgNo_fkey" FOREIGN KEY ("reporteeOrgNo") REFERENCES "Organization"("orgNo") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUserRight" ADD CONSTRAINT "SystemUserRight_systemUserId_fkey" FOREIGN KEY ("systemUserId") REFERENCES "SystemUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemUserAccessPackage" ADD CONSTRAINT "SystemUserAccessPackage_systemUserId_fkey" FOREIGN KEY ("systemUserId") REFERENCES "SystemUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDelegation" ADD CONSTRAINT "ClientDelegation_systemUserId_fkey" FOREIGN KEY ("systemUserId") REFERENCES "SystemUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxClaim" ADD CONSTRAINT "TaxClaim_orgNo_fkey" FOREIGN KEY ("orgNo") REFERENCES "Organization"("orgNo") ON DELETE CASCADE ON UPDATE CASCADE;

