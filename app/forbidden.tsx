// Rendered with status 403 when lib/auth/actor's requireArea() refuses: no data of the area is shown.
import { ForbiddenPage } from "@/app/_components/forbidden-page";

export default function Forbidden() {
  return <ForbiddenPage />;
}
