/** The search page: parameters as in the API, the view the template shows ({@code templates/search}). */
package org.mosty.web.search;
