/** The web UI and the runnable application. */
package org.mosty.web;
