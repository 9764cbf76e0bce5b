/** Accounts, roles per school, and login throttling (R-A01, R-A02). */
package org.schooljournal.identity;
