// The client administration's 403: names what the person lacks.
export { default } from "../../../clientadministration/forbidden";
