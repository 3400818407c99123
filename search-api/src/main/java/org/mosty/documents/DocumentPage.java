package org.mosty.documents;

import java.util.List;

/** A page of the editors' document list. */
record DocumentPage(long total, int page, int size, List<DocumentView> items) {
}
