/** Taking in many files at once: a folder import (CLI) and the inbox folder the server watches. */
package org.mosty.indexer.imports;
