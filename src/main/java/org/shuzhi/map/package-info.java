/**
 * One map (一图定位): the Leaflet page and the MapLayer SPI through which every module adds its layers.
 */
package org.shuzhi.map;
