// Timer fixture: prints what a timer run sees (event, clock, identity, zone) so the test can read it in the log.
import * as cloud from 'wx-server-sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export async function main(event: unknown): Promise<void> {
  const now = new Date();
  console.log(
    `TIMER-RUN ${JSON.stringify({ fn: '_tick_daily', event, now: now.toISOString(), hours: now.getHours(), wx: cloud.getWXContext() })}`,
  );
}
