/** Signing in ({@code templates/account}) and the pages' security chain: form login, session, CSRF. */
package org.mosty.web.account;
