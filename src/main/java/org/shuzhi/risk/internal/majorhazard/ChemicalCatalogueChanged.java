package org.shuzhi.risk.internal.majorhazard;

/** A catalogue entry changed: stored grades of sites may be stale. */
record ChemicalCatalogueChanged(String cas) {}
