package org.shuzhi.efficiency.internal.scoring;

import java.util.List;
import org.shuzhi.efficiency.EfficiencyClass;
import org.shuzhi.efficiency.EfficiencyGroup;

/**
 * One enterprise's result. For an enterprise of an unscored group, items are empty and total, rank
 * and class are null.
 *
 * @param uscc the enterprise
 * @param group its group
 * @param items item scores in the method's order
 * @param adjustment bonus minus penalty points
 * @param total item scores plus adjustment
 * @param rank competition rank in the group (equal totals share a rank; vetoed enterprises after
 *     all others)
 * @param efficiencyClass the class
 * @param vetoed a veto rule applied
 */
public record EnterpriseScore(
    String uscc,
    EfficiencyGroup group,
    List<ItemScore> items,
    double adjustment,
    Double total,
    Integer rank,
    EfficiencyClass efficiencyClass,
    boolean vetoed) {}
