package org.mosty.solr.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class ConfigsetArchiveTests {

	private final ConfigsetArchive configset = ConfigsetArchive.fromClassPath();

	@Test
	void holdsTheWholeConfigsetFromTheClassPath() {
		assertThat(configset.files()).containsKeys("schema.xml", "solrconfig.xml", "lang/glossary.tsv");
	}

	@Test
	void itsNameFollowsItsContent() {
		assertThat(configset.name("mosty")).matches("mosty-[0-9a-f]{12}");
		assertThat(ConfigsetArchive.fromClassPath().name("mosty")).isEqualTo(configset.name("mosty"));
		assertThat(configset.sha256()).startsWith(configset.name("mosty").substring("mosty-".length()));

		// one byte changed: another name, so a changed schema never replaces the one a live collection uses
		Map<String, byte[]> changed = new HashMap<>(configset.files());
		byte[] schema = changed.get("schema.xml").clone();
		schema[schema.length - 1] ^= 1;
		changed.put("schema.xml", schema);
		assertThat(ConfigsetArchive.of(changed).name("mosty")).isNotEqualTo(configset.name("mosty"));
		// and a file moved to another path too
		Map<String, byte[]> moved = new HashMap<>(configset.files());
		moved.put("lang/glossary-copy.tsv", moved.remove("lang/glossary.tsv"));
		assertThat(ConfigsetArchive.of(moved).name("mosty")).isNotEqualTo(configset.name("mosty"));
	}

	@Test
	void theZipHoldsEveryFileByteForByte() throws IOException {
		Map<String, byte[]> unzipped = new HashMap<>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(configset.zip()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				unzipped.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(unzipped.keySet()).isEqualTo(configset.files().keySet());
		configset.files().forEach((path, content) -> assertThat(unzipped.get(path)).as(path).isEqualTo(content));
	}
}
