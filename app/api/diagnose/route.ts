import { withJsonBody } from "@/lib/api/handler";
import { diagnoseRequestSchema } from "@/lib/api/diagnose-request";
import { present } from "@/lib/catalogue/present";
import { describeSecret } from "@/lib/rules/guid";
import { findings as runRules, sortWorstFirst } from "@/lib/rules/diagnose";

export const dynamic = "force-dynamic";

export const POST = withJsonBody(diagnoseRequestSchema, ({ case: file, secrets, locale = "en" }) => {
  const evidence = { clientSecret: describeSecret(secrets?.clientSecret, file.azure.clientId) };
  const findings = sortWorstFirst(runRules(file, evidence));
  return Response.json(
    { schema: "ece-oauth-doctor/results@1", findings, results: findings.map((item) => present(item, locale)) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
