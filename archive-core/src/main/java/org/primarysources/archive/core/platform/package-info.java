/**
 * What the archive stands on: its database (schema migrations, readiness, its identity) and its clock.
 */
package org.primarysources.archive.core.platform;
