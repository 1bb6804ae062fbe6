-- CreateTable
CREATE TABLE "ResourcePolicyFile" (
    "resourceId" TEXT NOT NULL PRIMARY KEY,
    "xml" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ResourcePolicyFile_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("identifier") ON DELETE CASCADE ON UPDATE CASCADE
);
