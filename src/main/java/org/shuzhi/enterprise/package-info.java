/**
 * Enterprises: the registry keyed by USCC — list, detail, create/edit, Excel import/export, masked
 * contact data, data scope by town. Other modules read enterprises through {@link
 * org.shuzhi.enterprise.EnterpriseDirectory} and an enterprise's urgent contact (to notify it)
 * through {@link org.shuzhi.enterprise.EnterpriseContacts}.
 */
package org.shuzhi.enterprise;
