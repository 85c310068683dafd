/**
 * Client request ids for mutating commands (architecture.md, "How a state change is made", step 5).
 *
 * Guarantees: one id per pending action, keyed by what the person is doing (e.g. `evaluate:<itemId>`); a retry of
 * the same action after a transport failure (the command may have run) sends the same id, so the server answers
 * the first result and writes nothing new. Once the server answered (success or a coded refusal) the id is spent
 * and the next attempt gets a new one, so a corrected form is not answered with the old refusal.
 */
const pending = new Map<string, string>();

let counter = 0;

export function newRequestId(): string {
  counter = (counter + 1) % 1296;
  const random = Math.floor(Math.random() * 0x7fffffff).toString(36);
  return `r${Date.now().toString(36)}${counter.toString(36)}${random}`.slice(0, 40);
}

/** The id for this action: the pending one when a previous attempt never got an answer, else a new one. */
export function requestIdFor(actionKey: string): string {
  const existing = pending.get(actionKey);
  if (existing) return existing;
  const id = newRequestId();
  pending.set(actionKey, id);
  return id;
}

/** The action got an answer from the server: its id must not be reused. */
export function settleRequestId(actionKey: string): void {
  pending.delete(actionKey);
}
