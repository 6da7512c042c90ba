/**
 * The editors' queue of changes waiting for review: approve, request changes or reject.
 */
package org.primarysources.archive.ui.review;
