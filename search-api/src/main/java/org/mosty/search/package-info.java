/** Faceted multilingual search. */
package org.mosty.search;
