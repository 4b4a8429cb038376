import schema from '../structure/ob3-award-credential.schema.json' with { type: 'json' };

/** The official schema verifier-core fetches for an OpenBadgeCredential (VC 2.0). */
export const OB_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** The network is closed in tests, so verifier-core is handed the project's own OB 3.0 schema there. */
export function obSchemaStandIn(): object {
  return { ...schema, $id: OB_SCHEMA_URL };
}
