package org.shuzhi.command.internal.resources;

/** Stock list filter by warning. */
enum StockWarning {
  /** Available (quantity − reserved) below the minimum stock. */
  LOW,
  /** Expires within the warning period. */
  EXPIRING,
  /** Past its expiry date. */
  EXPIRED,
  /** Any of the above. */
  ANY
}
