package org.shuzhi.risk;

/** A responsible person as shown: the phone is always masked (PIPL art. 51). */
public record RiskPersonView(String name, String phoneMasked) {}
