// Shared with the other confirm page: an unknown or malformed request id.
export { default } from "../_components/request-not-found";
