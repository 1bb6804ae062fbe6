"use client";
import { useTranslations } from "next-intl";
// Generates an RS256 key pair with WebCrypto in the browser, registers only the public JWK through the
// server action, and offers the private key once as a download. The private key never leaves this tab:
// the simulator cannot leak what it never received.
import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { addKeyAction } from "./actions";

interface Generated {
  kid: string;
  jwkUrl: string;
  pemUrl: string;
}

function toPem(pkcs8: ArrayBuffer): string {
  const b64 = btoa(String.fromCharCode(...new Uint8Array(pkcs8)));
  return `-----BEGIN PRIVATE KEY-----\n${b64.match(/.{1,64}/g)!.join("\n")}\n-----END PRIVATE KEY-----\n`;
}

const fileUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

export function GenerateKey({ clientId, suggestedKid }: { clientId: string; suggestedKid: string }) {
  const router = useRouter();
  const t = useTranslations("GenerateKey");
  const [kid, setKid] = useState(suggestedKid);
  const [error, setError] = useState<string | null>(null);
  const [generated, setGenerated] = useState<Generated | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => () => {
    if (generated) [generated.jwkUrl, generated.pemUrl].forEach((u) => URL.revokeObjectURL(u));
  }, [generated]);

  const generate = () =>
    startTransition(async () => {
      setError(null);
      if (!globalThis.crypto?.subtle) {
        setError(t("noWebCrypto"));
        return;
      }
      const pair = await crypto.subtle.generateKey(
        { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
        true,
        ["sign", "verify"],
      );
      const pub = await crypto.subtle.exportKey("jwk", pair.publicKey);
      const publicJwk = { kty: "RSA", kid, alg: "RS256", use: "sig", n: pub.n, e: pub.e };
      const form = new FormData();
      form.set("clientId", clientId);
      form.set("jwk", JSON.stringify(publicJwk));
      const state = await addKeyAction({ errors: {} }, form);
      if (!state.message) {
        setError(state.errors.jwk ?? state.errors.form ?? t("notRegistered"));
        return;
      }
      const priv = await crypto.subtle.exportKey("jwk", pair.privateKey);
      const privateJwk = { kty: "RSA", kid, alg: "RS256", use: "sig", n: priv.n, e: priv.e, d: priv.d, p: priv.p, q: priv.q, dp: priv.dp, dq: priv.dq, qi: priv.qi };
      setGenerated({
        kid,
        jwkUrl: fileUrl(JSON.stringify(privateJwk, null, 2), "application/json"),
        pemUrl: fileUrl(toPem(await crypto.subtle.exportKey("pkcs8", pair.privateKey)), "application/x-pem-file"),
      });
      router.refresh();
    });

  if (generated) {
    return (
      <div className="flex flex-col gap-3" data-testid="generated-key">
        <Alert data-color="warning">
          {t("registered", { kid: generated.kid })}
        </Alert>
        <div className="flex flex-wrap gap-3">
          <Button asChild>
            <a href={generated.jwkUrl} download={`${generated.kid}.private.jwk.json`}>
              {t("downloadJwk")}
            </a>
          </Button>
          <Button asChild variant="secondary">
            <a href={generated.pemUrl} download={`${generated.kid}.private.pem`}>
              {t("downloadPem")}
            </a>
          </Button>
          <Button variant="tertiary" onClick={() => setGenerated(null)} data-testid="mp-generate-saved">
            {t("saved")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3" data-testid="generate-key">
      <Paragraph data-size="sm">
        {t("lead")}
      </Paragraph>
      <Textfield label={t("kid")} data-testid="mp-generate-kid" name="generate-kid" value={kid} onChange={(e) => setKid(e.target.value)} autoComplete="off" />
      {error ? <Alert data-color="danger">{error}</Alert> : null}
      <Button onClick={generate} disabled={pending} className="self-start" data-testid="mp-generate">
        {pending ? t("generating") : t("generate")}
      </Button>
    </div>
  );
}
