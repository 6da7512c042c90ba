/**
 * Taking a search's results away: up to 10,000 hits as a CSV table or as citations a reference manager imports
 * (RIS, BibTeX, CSL-JSON), streamed a page at a time ({@code /api/search/export}).
 */
package org.primarysources.archive.search.export;
