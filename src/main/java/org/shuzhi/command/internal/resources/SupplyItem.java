package org.shuzhi.command.internal.resources;

/** A catalogue item of emergency supplies. */
public record SupplyItem(String code, String name, String unit, String category) {}
