export { default } from "../_components/request-not-found";
