-- Named access lists as the real Resource Registry keeps them (AccessListsController). The one unnamed
-- list per resource becomes a list of the resource owner named after the resource, connected to it.
CREATE TABLE "AccessList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "AccessListMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listId" TEXT NOT NULL,
    "partyUuid" TEXT NOT NULL,
    "since" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccessListMember_listId_fkey" FOREIGN KEY ("listId") REFERENCES "AccessList" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "AccessListResourceConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "listId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "actions" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccessListResourceConnection_listId_fkey" FOREIGN KEY ("listId") REFERENCES "AccessList" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AccessListResourceConnection_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("identifier") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "AccessList_owner_identifier_key" ON "AccessList"("owner", "identifier");
CREATE INDEX "AccessListMember_partyUuid_idx" ON "AccessListMember"("partyUuid");
CREATE UNIQUE INDEX "AccessListMember_listId_partyUuid_key" ON "AccessListMember"("listId", "partyUuid");
CREATE INDEX "AccessListResourceConnection_resourceId_idx" ON "AccessListResourceConnection"("resourceId");
CREATE UNIQUE INDEX "AccessListResourceConnection_listId_resourceId_key" ON "AccessListResourceConnection"("listId", "resourceId");

-- Migrate: one list per resource that had members, its members by party UUID, connected without filters.
INSERT INTO "AccessList" ("id", "owner", "identifier", "name")
SELECT lower(hex(randomblob(16))), lower(o."orgCode"), r."identifier", r."titleNb"
FROM "Resource" r JOIN "Organization" o ON o."orgNo" = r."ownerOrgNo"
WHERE o."orgCode" IS NOT NULL AND EXISTS (SELECT 1 FROM "ResourceAccessListMember" m WHERE m."resourceId" = r."identifier");

INSERT INTO "AccessListMember" ("id", "listId", "partyUuid")
SELECT lower(hex(randomblob(16))), l."id", o."partyUuid"
FROM "ResourceAccessListMember" m
JOIN "Resource" r ON r."identifier" = m."resourceId"
JOIN "Organization" so ON so."orgNo" = r."ownerOrgNo"
JOIN "AccessList" l ON l."owner" = lower(so."orgCode") AND l."identifier" = r."identifier"
JOIN "Organization" o ON o."orgNo" = m."orgNo";

INSERT INTO "AccessListResourceConnection" ("id", "listId", "resourceId", "actions")
SELECT lower(hex(randomblob(16))), l."id", r."identifier", '[]'
FROM "AccessList" l JOIN "Resource" r ON r."identifier" = l."identifier"
JOIN "Organization" so ON so."orgNo" = r."ownerOrgNo" AND lower(so."orgCode") = l."owner";

DROP TABLE "ResourceAccessListMember";
