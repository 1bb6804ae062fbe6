-- CreateTable
CREATE TABLE "AltinnSigningKey" (
    "kid" TEXT NOT NULL,
    "privateJwk" JSONB NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AltinnSigningKey_pkey" PRIMARY KEY ("kid")
);
