/**
 * Reading one record: its words and translations, who said them and when, the passage of the source it cites, how to
 * cite it, and every version it went through with who wrote and approved it.
 */
package org.primarysources.archive.ui.record;
