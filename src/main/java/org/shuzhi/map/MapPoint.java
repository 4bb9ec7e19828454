package org.shuzhi.map;

/**
 * One point of a layer (WGS-84).
 *
 * @param id the record's id (for the popup link)
 * @param lon longitude
 * @param lat latitude
 * @param label popup title
 * @param colour CSS colour of the marker
 * @param synthetic demo data, marked as such in the popup
 */
public record MapPoint(
    long id, double lon, double lat, String label, String colour, boolean synthetic) {}
