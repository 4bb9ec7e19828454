package org.shuzhi.inspection.internal;

/**
 * Supervision tier (分级监管): TIER_1 is the strictest. Which enterprise falls in which tier, and how
 * often each is inspected, comes from the rules ({@code inspection_tier_rule}), not from here.
 */
enum SupervisionTier {
  TIER_1,
  TIER_2,
  TIER_3,
  TIER_4
}
