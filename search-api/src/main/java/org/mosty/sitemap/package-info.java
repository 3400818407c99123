/** {@code /sitemap.xml}: the permalinks of public documents for search engines. */
package org.mosty.sitemap;
