package org.shuzhi.command;

/**
 * A quantity of a catalogue item.
 *
 * @param itemCode the supply item's catalogue code
 * @param quantity whole units of the item's unit
 */
public record SupplyNeed(String itemCode, long quantity) {}
