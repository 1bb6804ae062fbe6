-- CreateTable
CREATE TABLE "SimulatorExchange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "id" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "flowId" TEXT NOT NULL,
    "fromParty" TEXT NOT NULL,
    "toParty" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "systemUserId" TEXT NOT NULL DEFAULT '',
    "orgNos" TEXT NOT NULL DEFAULT '',
    "data" JSONB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SimulatorExchange_id_key" ON "SimulatorExchange"("id");

-- CreateIndex
CREATE INDEX "SimulatorExchange_flowId_idx" ON "SimulatorExchange"("flowId");
