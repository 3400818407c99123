package org.mosty.solr.cloud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Mosty configset from the class path as files, a zip for Solr's configset API, and a name
 * derived from its content ({@code mosty-<sha256 prefix>}): two Mosty versions with the same
 * schema share a configset, a changed schema never overwrites the one a live collection uses.
 */
public final class ConfigsetArchive {

	static final String CONFIGSET = "solr/configsets/mosty/conf/";

	private final SortedMap<String, byte[]> files;

	private ConfigsetArchive(SortedMap<String, byte[]> files) {
		this.files = files;
	}

	/** A configset of the given files (tests). */
	static ConfigsetArchive of(Map<String, byte[]> files) {
		return new ConfigsetArchive(new TreeMap<>(files));
	}

	/** Reads every file of the configset from the class path (jar or folder). */
	public static ConfigsetArchive fromClassPath() {
		try {
			var resolver = new PathMatchingResourcePatternResolver(ConfigsetArchive.class.getClassLoader());
			SortedMap<String, byte[]> files = new TreeMap<>();
			for (Resource resource : resolver.getResources("classpath*:" + CONFIGSET + "**")) {
				if (!resource.isReadable()) {
					continue; // a directory entry
				}
				String url = resource.getURL().toString();
				String relative = url.substring(url.lastIndexOf(CONFIGSET) + CONFIGSET.length());
				if (relative.isEmpty() || relative.endsWith("/") || relative.contains("..")) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					files.put(relative, in.readAllBytes());
				}
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("The Mosty configset is not on the class path: " + CONFIGSET);
			}
			return new ConfigsetArchive(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Mosty configset", ex);
		}
	}

	/** Relative path → content, sorted by path. */
	public Map<String, byte[]> files() {
		return java.util.Collections.unmodifiableSortedMap(files);
	}

	/** SHA-256 over every path and content, in path order. */
	public String sha256() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((path, content) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Long.toString(content.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) 0);
				digest.update(content);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The configset name for this content, for example {@code mosty-3f2a9c01b7de}. */
	public String name(String prefix) {
		return prefix + "-" + sha256().substring(0, 12);
	}

	/** The files as a zip, as Solr's configset upload API takes them. */
	public byte[] zip() {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}
}
