/**
 * What citations, feeds, OAI-PMH and the sitemap share: permalinks, the public records of the
 * catalogue and the settings ({@code mosty.interop.*}).
 */
package org.mosty.interop;
