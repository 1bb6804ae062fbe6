export { default } from "../_components/request-refused";
