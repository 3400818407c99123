/** Atom feeds of any search ({@code /feeds/search.atom}), newest first, PUBLIC documents only. */
package org.mosty.feed;
