/**
 * Rule settings: from what a config says to the severity a finding gets.
 */
import type { RuleLevel, RuleSetting } from './schema.js'

/** Reads a rule setting: `warn`/`warning`/1 → `warning`, `error`/2 → `error`, `off`/0 → `off`. */
export function ruleLevel(setting: RuleSetting): RuleLevel {
  switch (setting) {
    case 0:
    case 'off':
      return 'off'
    case 1:
    case 'warn':
    case 'warning':
      return 'warning'
    case 2:
    case 'error':
      return 'error'
    case 'info':
      return 'info'
  }
}
