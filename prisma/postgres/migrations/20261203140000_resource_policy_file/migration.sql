-- CreateTable
CREATE TABLE "ResourcePolicyFile" (
    "resourceId" TEXT NOT NULL,
    "xml" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResourcePolicyFile_pkey" PRIMARY KEY ("resourceId")
);

-- AddForeignKey
ALTER TABLE "ResourcePolicyFile" ADD CONSTRAINT "ResourcePolicyFile_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("identifier") ON DELETE CASCADE ON UPDATE CASCADE;
