-- Portal sessions on the server: logout ends the session, a copied cookie stops working (issue 8, item 6).
-- CreateTable
CREATE TABLE "PortalSession" (
    "id" TEXT NOT NULL,
    "personPid" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PortalSession_personPid_idx" ON "PortalSession"("personPid");

-- AddForeignKey
ALTER TABLE "PortalSession" ADD CONSTRAINT "PortalSession_personPid_fkey" FOREIGN KEY ("personPid") REFERENCES "Person"("pid") ON DELETE CASCADE ON UPDATE CASCADE;
