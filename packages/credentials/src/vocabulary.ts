export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_0_3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** Result descriptions hang off the achievement id, one fragment per result (`#tier`, …). */
export function resultDescriptionId(achievementId: string, key: string): string {
  return achievementId.includes('#') ? `${achievementId}-${key}` : `${achievementId}#${key}`;
}

/** XSD dateTimeStamp to the second (milliseconds add nothing a reader needs). */
export function xsdDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
