/** Audit: the append-only audit trail of logins, permission changes and every change to a regulated record; the audit admin's search page. */
package org.shuzhi.audit;
