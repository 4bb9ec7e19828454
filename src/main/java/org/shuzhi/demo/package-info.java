/**
 * Demo district: synthetic enterprises, grids and one account per role, loaded on the first start
 * of the embedded default. Nothing depends on it.
 */
package org.shuzhi.demo;
