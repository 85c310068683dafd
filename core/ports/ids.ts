/** New document ids for things that have no natural key (items, invites). */
export interface IdGenerator {
  newId(): string;
}
