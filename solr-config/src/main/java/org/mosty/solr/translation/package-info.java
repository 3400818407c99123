/**
 * Issue 17: why a hit in another language matched. A Solr search component, configured in
 * solrconfig.xml, that tells for each hit which query words it matched through the glossary, the
 * gazetteer or the lexicon, and the word they stand for in the hit's language.
 */
package org.mosty.solr.translation;
