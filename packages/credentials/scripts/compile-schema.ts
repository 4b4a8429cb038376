import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileStructureValidator } from '../src/structure/compile-schema.ts';

const target = join(import.meta.dirname, '../src/structure/validate-ob3.gen.ts');
writeFileSync(target, compileStructureValidator());
console.log(`wrote ${target}`);
