-- SystemChangeLog.clientId: the real change log records the client_id of the call
ALTER TABLE "SystemChangeLog" ADD COLUMN "clientId" TEXT;
