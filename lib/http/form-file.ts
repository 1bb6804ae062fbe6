// A file from a multipart/form-data body, as ASP.NET binds an IFormFile parameter.
import { BodyTooLarge, MAX_JSON_BODY_BYTES, readBodyBytes } from "../body";
import { StatusAnswer } from "../problems/problem";
import { mediaTypeOf } from "./media";

/** [ApiController] gives an action with an IFormFile parameter the constraint Consumes("multipart/form-data"). */
export const isMultipart = (req: Request) => mediaTypeOf(req.headers.get("content-type")) === "multipart/form-data";

/**
 * The bytes of the file part named `field` (a part with a file name), or null when there is none or
 * the form cannot be read (the parameter then binds to null). At most 1 MB in all (413 beyond).
 */
export async function readFormFile(req: Request, field: string): Promise<Uint8Array | null> {
  let body: Uint8Array;
  try {
    body = await readBodyBytes(req, MAX_JSON_BODY_BYTES);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new StatusAnswer(413);
    throw e;
  }
  try {
    const form = await new Request("http://form.invalid/", { method: "POST", headers: { "content-type": req.headers.get("content-type") ?? "" }, body: new Uint8Array(body) }).formData();
    const file = form.get(field);
    return file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
