/**
 * The OpenAPI 3.1 description of the public verification API, written by hand so that it reads
 * as documentation; openapi.test.ts checks every documented response against real ones.
 */
export function verificationOpenApi(publicUrl: string) {
  const errorBody = {
    description: 'Why the request was refused, in a sentence for people.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bacc award verification',
      version: '1.0.0',
      summary: 'Check that a Bacc leavers’ award is genuine and current.',
      description:
        'Give the verification code printed on a certificate or transcript and get back whether ' +
        'the award is valid, revoked or replaced, with what it says. The answer never contains a ' +
        'learner number, date of birth or address. Unknown and malformed codes get the same ' +
        'answer. Lookups are limited per client address (60 a minute); a refused lookup says ' +
        'when to try again in `Retry-After`. Any web origin may call this API.',
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    paths: {
      '/verify/{code}': {
        get: {
          operationId: 'verifyAward',
          summary: 'Check an award by its verification code',
          parameters: [
            {
              name: 'code',
              in: 'path',
              required: true,
              description:
                '16 characters (Crockford base32), usually printed as four groups of four: ' +
                '7K3M-9QXD-2HWP-4TNB. Case, spaces and dashes do not matter; O is read as 0, ' +
                'I and L as 1.',
              schema: { type: 'string', maxLength: 64 },
              example: '7K3M-9QXD-2HWP-4TNB',
            },
          ],
          responses: {
            '200': {
              description:
                'The answer for this code. `status` is `not_found` for any code that names no ' +
                'award, however it is written.',
              headers: {
                'Cache-Control': {
                  description: 'Always `no-store`: an award can be revoked at any time.',
                  schema: { type: 'string' },
                },
              },
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/VerificationAnswer' },
                },
              },
            },
            '429': {
              ...errorBody,
              description: 'Too many lookups from this address; try again after `Retry-After`.',
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait before the next lookup.',
                  schema: { type: 'integer', minimum: 1 },
                },
              },
            },
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openApiDescription',
          summary: 'This description',
          responses: {
            '200': {
              description: 'The OpenAPI 3.1 description of this API.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        VerificationAnswer: {
          oneOf: [
            { $ref: '#/components/schemas/NotFound' },
            { $ref: '#/components/schemas/AwardFound' },
          ],
        },
        NotFound: {
          type: 'object',
          description: 'No award has this code (or the code is not one that could exist).',
          required: ['status'],
          additionalProperties: false,
          properties: { status: { const: 'not_found' } },
        },
        AwardFound: {
          type: 'object',
          required: ['status', 'award', 'supersededBy', 'components', 'recordErased'],
          additionalProperties: false,
          properties: {
            status: {
              enum: ['valid', 'revoked', 'superseded'],
              description:
                '`valid`: genuine and current. `revoked`: withdrawn by the awarding body. ' +
                '`superseded`: replaced by a newer award (see `supersededBy`).',
            },
            award: { $ref: '#/components/schemas/Award' },
            supersededBy: {
              description: 'The verification code of the award that replaced this one.',
              oneOf: [
                {
                  type: 'object',
                  required: ['code'],
                  additionalProperties: false,
                  properties: {
                    code: {
                      type: 'string',
                      pattern: '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$',
                    },
                  },
                },
                { type: 'null' },
              ],
            },
            components: {
              description:
                'The award’s components and whether each was met, only when the centre chose ' +
                'to publish them for this learner; otherwise null.',
              oneOf: [
                { type: 'array', items: { $ref: '#/components/schemas/Component' } },
                { type: 'null' },
              ],
            },
            recordErased: {
              type: 'boolean',
              description:
                'True when the learner’s record was erased at the centre’s request: the award ' +
                'then answers `revoked` with the reason `record erased`, and names nobody.',
            },
          },
        },
        Award: {
          type: 'object',
          required: [
            'learnerName',
            'tier',
            'pathway',
            'grade',
            'issuedOn',
            'centreName',
            'revokedOn',
            'revokedReason',
          ],
          additionalProperties: false,
          properties: {
            learnerName: {
              type: ['string', 'null'],
              description: 'The name the award was issued in; null once the record was erased.',
            },
            tier: { type: 'string', example: 'Advanced' },
            pathway: { type: ['string', 'null'], example: 'Technical' },
            grade: { type: ['string', 'null'], example: 'Distinction' },
            issuedOn: { type: 'string', format: 'date', example: '2026-08-20' },
            centreName: { type: 'string', description: 'The school or college that entered it.' },
            revokedOn: {
              type: ['string', 'null'],
              format: 'date',
              description: 'When it was revoked or replaced.',
            },
            revokedReason: { type: ['string', 'null'] },
          },
        },
        Component: {
          type: 'object',
          required: ['name', 'met', 'measured', 'required'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', example: 'Personal development' },
            met: { type: 'boolean' },
            measured: { type: 'string', description: 'What the learner achieved.', example: '120' },
            required: { type: 'string', description: 'What the award asked for.', example: '100' },
          },
        },
        Error: {
          type: 'object',
          required: ['error'],
          additionalProperties: false,
          properties: {
            error: {
              type: 'object',
              required: ['message'],
              additionalProperties: false,
              properties: { message: { type: 'string' } },
            },
          },
        },
      },
    },
  } as const;
}
