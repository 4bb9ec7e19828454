/** Core (shared kernel): national codes and value types every module uses — USCC (GB 32100-2015), GB/T 4754 industry codes, coordinates and datum conversion (WGS-84 / GCJ-02 / BD-09), masking of personal data. */
package org.shuzhi.core;
