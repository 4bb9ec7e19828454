/**
 * Enterprises: the registry keyed by USCC — list, detail, create/edit, Excel import/export, masked
 * contact data, data scope by town.
 */
package org.shuzhi.enterprise;
