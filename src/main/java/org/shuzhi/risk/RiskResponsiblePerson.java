package org.shuzhi.risk;

/** A responsible person (责任人) as entered: name and phone (any common format; stored canonical). */
public record RiskResponsiblePerson(String name, String phone) {}
