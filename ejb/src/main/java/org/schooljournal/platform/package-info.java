/**
 * What every feature stands on: the school as tenant (R-T01), the caller and its roles (R-A01),
 * schema migrations, and the application's own exception with a message key.
 */
package org.schooljournal.platform;
