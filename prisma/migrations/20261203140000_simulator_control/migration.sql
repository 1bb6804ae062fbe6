-- CreateTable
CREATE TABLE "SimulatorClock" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "offsetSeconds" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SimulatorFault" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "remaining" INTEGER,
    "status" INTEGER NOT NULL DEFAULT 0,
    "delayMs" INTEGER NOT NULL DEFAULT 0,
    "retryAfter" INTEGER NOT NULL DEFAULT 0,
    "path" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
