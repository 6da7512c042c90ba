/**
 * Test fixtures for the UI: the archive's views running in Karibu-Testing's mocked Vaadin, created the way CDI
 * creates them, with a security context whose caller each test chooses.
 */
package org.primarysources.archive.ui.testing;
