-- Altinn party ids and party UUIDs for organisations and persons.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organization" (
    "orgNo" TEXT NOT NULL PRIMARY KEY,
    "partyId" INTEGER NOT NULL,
    "partyUuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgForm" TEXT NOT NULL,
    "orgCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Rows of an existing database get placeholder party ids; the seed then sets the cast's own.
INSERT INTO "new_Organization" ("createdAt", "name", "orgCode", "orgForm", "orgNo", "partyId", "partyUuid") SELECT "createdAt", "name", "orgCode", "orgForm", "orgNo", 90000000 + rowid, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)),2) || '-a' || substr(hex(randomblob(2)),2) || '-' || hex(randomblob(6))) FROM "Organization";
DROP TABLE "Organization";
ALTER TABLE "new_Organization" RENAME TO "Organization";
CREATE UNIQUE INDEX "Organization_partyId_key" ON "Organization"("partyId");
CREATE UNIQUE INDEX "Organization_partyUuid_key" ON "Organization"("partyUuid");
CREATE UNIQUE INDEX "Organization_orgCode_key" ON "Organization"("orgCode");
CREATE TABLE "new_Person" (
    "pid" TEXT NOT NULL PRIMARY KEY,
    "partyId" INTEGER NOT NULL,
    "partyUuid" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Person" ("createdAt", "name", "pid", "partyId", "partyUuid") SELECT "createdAt", "name", "pid", 91000000 + rowid, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)),2) || '-a' || substr(hex(randomblob(2)),2) || '-' || hex(randomblob(6))) FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_partyId_key" ON "Person"("partyId");
CREATE UNIQUE INDEX "Person_partyUuid_key" ON "Person"("partyUuid");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

