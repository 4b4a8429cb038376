import { z } from 'zod';
import { uuidSchema } from '../text.ts';
import { importKinds } from './fields.ts';

export const IMPORT_CHUNK_ROWS = 2_000;
export const IMPORT_MAX_ROWS = 200_000;
export const IMPORT_MAX_COLUMNS = 200;
/** Characters of cells in one chunk: the portal sends about half this, the HTTP limit is 8 MB. */
export const IMPORT_CHUNK_CHARS = 4_000_000;

const headerSchema = z.string().max(200, 'A column header is longer than 200 characters');
const cellSchema = z.string().max(4_000, 'A cell is longer than 4,000 characters');

export const importKindSchema = z.enum(importKinds, {
  error: 'Choose what the file holds: learners, results or activities',
});

export const importHeadersSchema = z
  .array(headerSchema)
  .min(1, 'The file has no header row')
  .max(IMPORT_MAX_COLUMNS, `A file may have at most ${IMPORT_MAX_COLUMNS} columns`);

export const importMappingSchema = z.record(z.string().max(40), headerSchema);

export const importSuggestInputSchema = z.object({
  kind: importKindSchema,
  headers: importHeadersSchema,
});

export const importStartInputSchema = z.object({
  kind: importKindSchema,
  fileName: z.string().trim().min(1).max(255),
  headers: importHeadersSchema,
  mapping: importMappingSchema,
  rowCount: z
    .number()
    .int()
    .min(1, 'The file has no rows under its header')
    .max(
      IMPORT_MAX_ROWS,
      `A file may have at most ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} rows: split it`,
    ),
});

/** A chunk of the file's rows, each with its row number as a spreadsheet shows it (header = 1). */
export const importStageInputSchema = z.object({
  sessionId: uuidSchema,
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2),
        cells: z.array(cellSchema).max(IMPORT_MAX_COLUMNS),
      }),
    )
    .min(1)
    .max(IMPORT_CHUNK_ROWS, `Send at most ${IMPORT_CHUNK_ROWS} rows at a time`)
    .refine(
      (rows) => {
        let chars = 0;
        for (const { cells } of rows) for (const cell of cells) chars += cell.length;
        return chars <= IMPORT_CHUNK_CHARS;
      },
      `Send at most ${IMPORT_CHUNK_CHARS.toLocaleString('en-GB')} characters of cells at a time`,
    ),
});

export const importSessionInputSchema = z.object({ sessionId: uuidSchema });
