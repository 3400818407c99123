/**
 * Reader accounts (issue 19): registration confirmed by e-mail, password reset by e-mail, for the
 * API ({@code /api/accounts/**}) and the pages alike ({@link org.mosty.accounts.ReaderAccounts}).
 */
package org.mosty.accounts;
