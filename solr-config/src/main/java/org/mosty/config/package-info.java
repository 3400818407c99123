/** Configuration shared by all Mosty modules. */
package org.mosty.config;
