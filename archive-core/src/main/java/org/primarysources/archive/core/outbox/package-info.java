/**
 * Getting published records into search without ever holding up an edit: a transactional outbox written with
 * each publication, and a relay that drains it into the index through the {@link
 * org.primarysources.archive.core.outbox.RecordIndexer} port, retrying with back-off while the index is down.
 */
package org.primarysources.archive.core.outbox;
