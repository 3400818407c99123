/** The index contract: field names, the configset on the class path, and the Solr client. */
package org.mosty.solr;
