/**
 * Problems as data (issue 20): what is wrong with a request or a document's metadata, with a
 * stable code, the field and the code's arguments, shared by the modules that find problems
 * (indexer, search-api, web) and the pages that show them.
 */
package org.mosty.problem;
