import { base64urlDecode, gunzip } from '../encoding.ts';

export interface DecodedStatusList {
  length: number;
  isSet(index: number): boolean;
}

/**
 * Reads a Bitstring Status List `encodedList`: multibase base64url ("u" prefix) of the GZIP of
 * the bits, index 0 being the first byte's most significant bit. Decoded here rather than by the
 * status list library because its bundled base64 decoder needs Node's Buffer in a browser.
 */
export async function decodeStatusList(encodedList: string): Promise<DecodedStatusList> {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) {
    throw new Error('The encoded list must be multibase base64url (starting "u").');
  }
  const bytes = await gunzip(base64urlDecode(encodedList.slice(1)));
  return {
    length: bytes.length * 8,
    isSet: (index) => (((bytes[Math.floor(index / 8)] as number) >> (7 - (index % 8))) & 1) === 1,
  };
}
