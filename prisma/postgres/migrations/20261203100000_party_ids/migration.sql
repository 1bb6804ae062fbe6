-- Altinn party ids and party UUIDs for organisations and persons (mirrors the SQLite migration of the
-- same name). Rows of an existing database get placeholder ids, and the seed then sets the ids of the cast.
ALTER TABLE "Organization" ADD COLUMN "partyId" INTEGER, ADD COLUMN "partyUuid" TEXT;
UPDATE "Organization" o SET "partyId" = 90000000 + n.rn, "partyUuid" = gen_random_uuid()::text
  FROM (SELECT "orgNo", row_number() OVER (ORDER BY "orgNo") AS rn FROM "Organization") n WHERE n."orgNo" = o."orgNo";
ALTER TABLE "Organization" ALTER COLUMN "partyId" SET NOT NULL, ALTER COLUMN "partyUuid" SET NOT NULL;
CREATE UNIQUE INDEX "Organization_partyId_key" ON "Organization"("partyId");
CREATE UNIQUE INDEX "Organization_partyUuid_key" ON "Organization"("partyUuid");

ALTER TABLE "Person" ADD COLUMN "partyId" INTEGER, ADD COLUMN "partyUuid" TEXT;
UPDATE "Person" p SET "partyId" = 91000000 + n.rn, "partyUuid" = gen_random_uuid()::text
  FROM (SELECT "pid", row_number() OVER (ORDER BY "pid") AS rn FROM "Person") n WHERE n."pid" = p."pid";
ALTER TABLE "Person" ALTER COLUMN "partyId" SET NOT NULL, ALTER COLUMN "partyUuid" SET NOT NULL;
CREATE UNIQUE INDEX "Person_partyId_key" ON "Person"("partyId");
CREATE UNIQUE INDEX "Person_partyUuid_key" ON "Person"("partyUuid");
