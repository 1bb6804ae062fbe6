// An unknown or malformed request id: nothing to show.
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";

export default function RequestNotFound() {
  return (
    <div className="max-w-2xl flex flex-col gap-4" data-testid="request-not-found">
      <Heading level={1} data-size="lg">
        Request not found
      </Heading>
      <Alert data-color="danger">
        <Paragraph>There is no system-user request with this id. Ask the vendor for a new link.</Paragraph>
      </Alert>
    </div>
  );
}
