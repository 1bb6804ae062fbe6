-- CreateTable
CREATE TABLE "SimulatorExchange" (
    "seq" SERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "flowId" TEXT NOT NULL,
    "fromParty" TEXT NOT NULL,
    "toParty" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "systemUserId" TEXT NOT NULL DEFAULT '',
    "orgNos" TEXT NOT NULL DEFAULT '',
    "data" JSONB NOT NULL,

    CONSTRAINT "SimulatorExchange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "SimulatorExchange_id_key" ON "SimulatorExchange"("id");

-- CreateIndex
CREATE INDEX "SimulatorExchange_flowId_idx" ON "SimulatorExchange"("flowId");
