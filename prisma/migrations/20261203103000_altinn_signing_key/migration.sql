-- CreateTable
CREATE TABLE "AltinnSigningKey" (
    "kid" TEXT NOT NULL PRIMARY KEY,
    "privateJwk" JSONB NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
