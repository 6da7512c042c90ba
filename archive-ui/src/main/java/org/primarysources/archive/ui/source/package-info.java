/**
 * Reading one source: what it is, where it is held, and its transcription with every clause and quote taken from
 * it marked and leading to its record.
 */
package org.primarysources.archive.ui.source;
