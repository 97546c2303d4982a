import type { RuleId } from '../rules';

/**
 * One thing the device's stub did to a vendor's return value while writing the reply: a throw
 * that cut the reply short (`fatal`), or a value that reached the system changed.
 */
export interface ReplyIssue {
  /** The rule that names it. */
  readonly rule: RuleId;
  /** The field involved, as a path into the returned value (`result.value.values[3].price`). */
  readonly field: string;
  /** What happened to it, with the values involved. */
  readonly message: string;
  /** Whether the stub threw here (the rest of the reply was never written). */
  readonly fatal: boolean;
}

/** What the check made of one reply. */
export interface ReplyAnalysis {
  /** Issues in the order the stub met them; a fatal one is last. */
  readonly issues: readonly ReplyIssue[];
  /** The throw that ended the reply, if any. */
  readonly fatal: ReplyIssue | undefined;
}
