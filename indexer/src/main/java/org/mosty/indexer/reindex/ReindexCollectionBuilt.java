package org.mosty.indexer.reindex;

/**
 * Published by {@code reindexJob} in cloud mode when the new collection holds every document and
 * is committed, just before the alias is swapped to it: the moment from which readers will be
 * answered by {@code collection}.
 *
 * @param alias the alias every read and write goes through
 * @param collection the collection just built
 */
public record ReindexCollectionBuilt(String alias, String collection) {
}
