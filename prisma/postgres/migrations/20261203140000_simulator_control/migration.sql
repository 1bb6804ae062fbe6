-- CreateTable
CREATE TABLE "SimulatorClock" (
    "id" INTEGER NOT NULL,
    "offsetSeconds" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SimulatorClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SimulatorFault" (
    "kind" TEXT NOT NULL,
    "remaining" INTEGER,
    "status" INTEGER NOT NULL DEFAULT 0,
    "delayMs" INTEGER NOT NULL DEFAULT 0,
    "retryAfter" INTEGER NOT NULL DEFAULT 0,
    "path" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimulatorFault_pkey" PRIMARY KEY ("kind")
);
