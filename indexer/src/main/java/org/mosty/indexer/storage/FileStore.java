package org.mosty.indexer.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.mosty.config.MostyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Content-addressed file store under {@code <data-dir>/files}: a file lives at
 * {@code ab/cd/<sha-256>}. Names given by users are never used as paths, and the same bytes are
 * stored once.
 */
@Component
public class FileStore implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	/**
	 * A temporary upload file untouched for this long belongs to no upload under way (one being
	 * received is written to all the time); younger ones may be another worker's on a shared store.
	 */
	static final Duration STALE_UPLOAD = Duration.ofHours(1);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public FileStore(MostyProperties properties) {
		this.root = properties.dataPath().resolve("files");
	}

	/** At start: the temporary files of uploads a crash or a kill interrupted are removed. */
	@Override
	public void afterPropertiesSet() {
		int removed = removeStaleUploads(Instant.now().minus(STALE_UPLOAD));
		if (removed > 0) {
			log.info("Removed {} temporary upload files left by an interrupted upload in {}", removed,
					root.resolve("tmp"));
		}
	}

	/** Removes the temporary upload files last written before {@code before}; returns how many. */
	int removeStaleUploads(Instant before) {
		Path tmp = root.resolve("tmp");
		if (!Files.isDirectory(tmp)) {
			return 0;
		}
		int removed = 0;
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "*.part")) {
			for (Path part : parts) {
				try {
					if (Files.getLastModifiedTime(part).toInstant().isBefore(before) && Files.deleteIfExists(part)) {
						removed++;
					}
				}
				catch (IOException ex) {
					log.warn("Could not remove the temporary file {}: {}", part, ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not list {}: {}", tmp, ex.getMessage());
		}
		return removed;
	}

	/** Streams {@code content} into the store and returns its digest and size. */
	public StoredFile store(InputStream content) {
		try (Staged staged = stage(content)) {
			return staged.commit();
		}
	}

	/**
	 * Streams {@code content} to a temporary file and computes its digest, without storing it yet:
	 * the caller looks at the bytes, then {@link Staged#commit() commits} or closes (discards).
	 */
	public Staged stage(InputStream content) {
		try {
			Files.createDirectories(root.resolve("tmp"));
			Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			try {
				MessageDigest digest = sha256();
				long size;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
					size = content.transferTo(out);
				}
				return new Staged(temp, HexFormat.of().formatHex(digest.digest()), size);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(temp);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file in " + root, ex);
		}
	}

	/** Bytes received but not stored yet. */
	public final class Staged implements AutoCloseable {

		private final Path temp;

		private final String sha256;

		private final long size;

		private Staged(Path temp, String sha256, long size) {
			this.temp = temp;
			this.sha256 = sha256;
			this.size = size;
		}

		/** The temporary file, to look at before committing. */
		public Path path() {
			return temp;
		}

		public String sha256() {
			return sha256;
		}

		public long size() {
			return size;
		}

		/** Moves the bytes to their content address (kept once when already there). */
		public StoredFile commit() {
			try {
				Path target = FileStore.this.path(sha256);
				Files.createDirectories(target.getParent());
				if (Files.exists(target)) {
					Files.deleteIfExists(temp);
				}
				else {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				return new StoredFile(sha256, size);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not store a file in " + root, ex);
			}
		}

		/** Discards the bytes unless committed. */
		@Override
		public void close() {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The path of stored bytes; fails when the digest is malformed or the file missing. */
	public Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 digest: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	public InputStream open(String sha256) throws IOException {
		Path path = path(sha256);
		if (!Files.isRegularFile(path)) {
			throw new NoSuchFileException(path.toString());
		}
		return Files.newInputStream(path);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The digest and size of a stored file. */
	public record StoredFile(String sha256, long size) {
	}
}
