package org.shuzhi.inspection.internal;

/** Kinds of administrative penalty recorded on an inspection (《安全生产法》 ch. VI: 警告, 罚款, 责令停产停业整顿). */
enum PenaltyKind {
  WARNING,
  FINE,
  SUSPENSION
}
