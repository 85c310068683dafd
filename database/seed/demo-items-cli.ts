// `npm start` runs this after the seed: the demo items (demo-items.ts) through local-cloud's functions, once.
//   node -r ./scripts/register-ts.cjs database/seed/demo-items-cli.ts --url http://127.0.0.1:3900 --env dev
// Exit code 0 when the items are there afterwards (made now or before), 1 when a call was refused.
import { hasNoItems, localFunctions, seedDemoItems } from './demo-items';

function argument(name: string): string {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) throw new Error(`${name} <value> is required`);
  return value;
}

async function main(): Promise<void> {
  const env = argument('--env');
  const call = localFunctions(argument('--url'), env);
  if (!(await hasNoItems(call))) {
    process.stdout.write(`demo items already in ${env}; not adding more\n`);
    return;
  }
  const made = await seedDemoItems(call, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`${made} demo items made through the cloud functions\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
