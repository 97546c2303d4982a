import type { FleetRuleId } from '../fleet/fleet-rules';
import { ruleById, type RuleId, type Severity } from './rules';

/** One thing the check found wrong (or worth knowing) about an extension. */
export interface Finding {
  /** How bad it is; always the severity of {@link Finding.rule} in the rule catalogue. */
  readonly severity: Severity;
  /** The vendor method involved, as `Interface.method` (`CloudDB.query`). */
  readonly method: string;
  /** The id of the rule that found it (`query-pages-forever`), or of the fleet's rule (`devices-diverged`). */
  readonly rule: RuleId | FleetRuleId;
  /** What happened, with the values involved, and what the vendor should do. */
  readonly message: string;
  /** Where the device behaves this way (`cloud_extension_stub.js:356-358`). */
  readonly source: string;
  /**
   * For a finding of the fleet: the shortest part of its history that shows it, one numbered call
   * per line (`#12 device 2 (sync 3) query notes cursor '5', limit 10 → …`).
   */
  readonly history?: readonly string[];
}

/** Most findings kept for one rule on one method; later ones are counted, not listed. */
export const MAX_FINDINGS_PER_RULE_AND_METHOD = 3;

/**
 * Collects findings: takes severity and source from the rule catalogue, drops exact repeats and
 * keeps at most {@link MAX_FINDINGS_PER_RULE_AND_METHOD} per rule and method, so that a bug hit on
 * every row shows up once or a few times rather than thousands of times.
 */
export class FindingLog {
  private readonly kept: Finding[] = [];
  private readonly seen = new Set<string>();
  private readonly perKey = new Map<string, number>();
  private readonly dropped = new Map<string, number>();
  private errors = 0;

  /** How many error findings were added, kept or not (repeats and capped ones included). */
  get errorsAdded(): number {
    return this.errors;
  }

  /** Records a finding of `rule` on `method`. Returns whether it was kept. */
  add(rule: RuleId, method: string, message: string): boolean {
    const entry = ruleById(rule);
    if (entry.severity === 'error') {
      this.errors++;
    }
    const exact = `${rule}\u0000${method}\u0000${message}`;
    if (this.seen.has(exact)) {
      return false;
    }
    this.seen.add(exact);
    const key = `${rule}\u0000${method}`;
    const count = this.perKey.get(key) ?? 0;
    if (count >= MAX_FINDINGS_PER_RULE_AND_METHOD) {
      this.dropped.set(key, (this.dropped.get(key) ?? 0) + 1);
      return false;
    }
    this.perKey.set(key, count + 1);
    this.kept.push({ severity: entry.severity, method, rule, message, source: entry.source });
    return true;
  }

  /** Whether a finding of `rule` (on `method`, if given) was already recorded. */
  has(rule: RuleId, method?: string): boolean {
    return this.kept.some((finding) => finding.rule === rule && (method === undefined || finding.method === method));
  }

  /** The findings kept so far, errors first, in the order they were found within a severity. */
  list(): Finding[] {
    const order: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
    const findings = this.kept.map((finding, index) => ({ finding, index }));
    findings.sort((a, b) => order[a.finding.severity] - order[b.finding.severity] || a.index - b.index);
    const result = findings.map((entry) => entry.finding);
    for (const [key, count] of this.dropped) {
      const [rule, method] = key.split('\u0000') as [RuleId, string];
      let index = -1;
      result.forEach((finding, at) => {
        if (finding.rule === rule && finding.method === method) {
          index = at;
        }
      });
      const last = result[index];
      if (last !== undefined) {
        result[index] = { ...last, message: `${last.message} (${count} more like this not listed)` };
      }
    }
    return result;
  }
}
