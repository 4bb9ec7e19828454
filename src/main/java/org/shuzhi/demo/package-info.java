/**
 * Demo district: synthetic enterprises, grids and one account per role, loaded on the first start
 * of the embedded default, plus each module's demo data through its demo interface (emergency,
 * monitoring, command, and three years of 亩均 evaluation). Nothing depends on it.
 */
package org.shuzhi.demo;
