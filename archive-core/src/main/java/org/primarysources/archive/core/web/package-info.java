/**
 * The archive's HTTP API edge: the JAX-RS application, role checks, and problem details for every failure.
 */
package org.primarysources.archive.core.web;
