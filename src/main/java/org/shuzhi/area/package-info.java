/**
 * Areas: the district, its towns (镇街), communities and grids with their boundaries, and fast point
 * → town/grid lookup.
 */
package org.shuzhi.area;
