/** The UI language (parameter, cookie, browser), plural forms, numbers, dates and sizes, and problems as messages in pl/uk/en. */
package org.mosty.web.i18n;
