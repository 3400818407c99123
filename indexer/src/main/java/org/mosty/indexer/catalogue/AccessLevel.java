package org.mosty.indexer.catalogue;

/** Who may see a document: everyone, network members, or editors only. */
public enum AccessLevel {
	PUBLIC, MEMBERS, RESTRICTED
}
