/** What every page shares: the header's model, the error and not-found pages ({@code templates/layout}). */
package org.mosty.web.layout;
