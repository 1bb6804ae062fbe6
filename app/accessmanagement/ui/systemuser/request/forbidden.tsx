// Shared with the other confirm page: refused, nothing of the request shown.
export { default } from "../_components/request-refused";
