/** The import command: a folder of files (and a metadata CSV) into the catalogue, without the web server. */
package org.mosty.web.bulkimport;
