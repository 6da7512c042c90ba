/**
 * Errors the archive tells its users about: invalid input (naming the field), not found, conflict, forbidden.
 * Each is shown as RFC 9457 problem details; nothing else ever reaches a client.
 */
package org.primarysources.archive.core.error;
