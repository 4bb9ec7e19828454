package org.shuzhi.warning.internal;

import java.util.List;
import org.shuzhi.core.GeoPoint;
import org.shuzhi.warning.WarningDraft;

/**
 * Warning content that passed {@link WarningValidator}, with what is derived from it.
 *
 * @param geocodes GB/T 2260 geocodes: the district's code, or the towns' codes
 * @param townCodes the towns concerned; empty = the whole district
 * @param centre where the map shows it
 */
record CheckedWarning(
    WarningDraft content, List<String> geocodes, List<String> townCodes, GeoPoint centre) {}
