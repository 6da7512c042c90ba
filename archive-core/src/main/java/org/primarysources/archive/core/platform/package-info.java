/**
 * What the archive stands on: its database (schema migrations, readiness) and its clock.
 */
package org.primarysources.archive.core.platform;
