package org.shuzhi.hazard;

/**
 * Hazard figures of one enterprise.
 *
 * @param open not yet closed
 * @param overdue awaiting rectification past the deadline
 * @param openMajor open and graded major (重大事故隐患)
 */
public record HazardCounts(long open, long overdue, long openMajor) {}
