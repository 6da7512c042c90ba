/**
 * Harvesting: the archive as an OAI-PMH 2.0 data provider at {@code /oai}. Other archives and library catalogues
 * copy every published record and source as Dublin Core, and then only what was published or retracted since.
 */
package org.primarysources.archive.core.harvesting;
