/** The one source of "now" for use cases. Domain code never reads a clock; use cases ask this port once per command. */
export interface Clock {
  now(): Date;
}
