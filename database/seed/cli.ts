// Command line for seeding the demo township:
//   local-cloud:  node -r ./scripts/register-ts.cjs database/seed/cli.ts --service-url http://127.0.0.1:3900/admin --env local
//   real env:     TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… node -r ./scripts/register-ts.cjs database/seed/cli.ts --env <env-id>
// Against local-cloud (--service-url) the township's settings also get LOCAL_NOTICE_TEMPLATES (write-seed.ts).
// `--dev-credits <n>` (local-cloud only; npm start passes it) then sets the dev identities' app-side subscription
// credits to n per template, whether or not the township was seeded now.
// `--if-empty` seeds only when the township document is missing (npm start uses it on every start). Exit code 0
// when the township is there afterwards, 1 on any failure.
import { connect, grantDevCredits, isDemoSeeded, seedDemoTownship, type SeedTarget } from './write-seed';

interface CliOptions {
  env: string;
  serviceUrl: string | undefined;
  ifEmpty: boolean;
  devCredits: number | undefined;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { env: '', serviceUrl: undefined, ifEmpty: false, devCredits: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--env') options.env = value();
    else if (arg === '--service-url') options.serviceUrl = value();
    else if (arg === '--if-empty') options.ifEmpty = true;
    else if (arg === '--dev-credits') {
      options.devCredits = Number(value());
      if (!Number.isInteger(options.devCredits) || options.devCredits < 0)
        throw new Error('--dev-credits needs a count');
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.env) throw new Error('--env <environment id> is required');
  if (options.devCredits !== undefined && !options.serviceUrl) throw new Error('--dev-credits needs --service-url');
  return options;
}

function targetOf(options: CliOptions): SeedTarget {
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  const sessionToken = process.env.TENCENTCLOUD_SESSIONTOKEN;
  if (options.serviceUrl) {
    // local-cloud does not check credentials, but the SDK refuses to send a request without any.
    return {
      env: options.env,
      serviceUrl: options.serviceUrl,
      secretId: secretId || 'local-cloud',
      secretKey: secretKey || 'local-cloud',
    };
  }
  if (!secretId || !secretKey) {
    throw new Error(
      'a real environment needs TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (or pass --service-url for local-cloud)',
    );
  }
  return { env: options.env, secretId, secretKey, ...(sessionToken ? { sessionToken } : {}) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const target = targetOf(options);
  if (options.ifEmpty && (await isDemoSeeded(connect(target)))) {
    process.stdout.write(`demo township already seeded in ${options.env}; not seeding again\n`);
  } else {
    // Against local-cloud the settings also name local template ids, so notices show up as subscription messages.
    await seedDemoTownship(target, { localTemplates: Boolean(options.serviceUrl) });
  }
  if (options.devCredits !== undefined) {
    const rows = await grantDevCredits(target, options.devCredits);
    process.stdout.write(`dev identities: ${options.devCredits} subscription credits per template (${rows} rows)\n`);
  }
}

// The SDK keeps idle keep-alive sockets open for minutes; exit as soon as the work is done.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
