/** Writes schema/schema.graphql from the resolvers (npm run codegen runs it first). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printLiaisonSchema } from '../src/schema';

const target = path.resolve(import.meta.dirname, '../../schema/schema.graphql');
await writeFile(target, printLiaisonSchema());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
