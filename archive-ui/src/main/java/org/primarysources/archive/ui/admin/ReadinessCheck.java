package org.primarysources.archive.ui.admin;

import java.util.Map;

/** One part of the archive that must answer for it to serve: its name, whether it is up, and what it said. */
public record ReadinessCheck(String name, boolean up, Map<String, String> data) {
}
