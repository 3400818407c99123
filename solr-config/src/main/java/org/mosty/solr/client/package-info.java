/**
 * The application's one {@code SolrClient} for the configured mode (embedded, a standalone Solr,
 * SolrCloud), and the SolrCloud collection manager. It builds on the settings ({@code org.mosty.solr})
 * and on the cloud and embedded parts, which do not depend back on it.
 */
package org.mosty.solr.client;
