-- Logging out ends every session of the person on the server (issue 8, item 6).
ALTER TABLE "Person" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
