/**
 * Editorial review: every change to a record or source is a change request that its author drafts and submits,
 * and that an editor other than the author approves (then it is published), sends back, or rejects.
 */
package org.primarysources.archive.core.review;
