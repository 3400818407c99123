package org.mosty.indexer.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.mosty.config.MostyProperties;
import org.springframework.stereotype.Component;

/**
 * Content-addressed file store under {@code <data-dir>/files}: a file lives at
 * {@code ab/cd/<sha-256>}. Names given by users are never used as paths, and the same bytes are
 * stored once.
 */
@Component
public class FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public FileStore(MostyProperties properties) {
		this.root = properties.dataPath().resolve("files");
	}

	/** Streams {@code content} into the store and returns its digest and size. */
	public StoredFile store(InputStream content) {
		try {
			Files.createDirectories(root.resolve("tmp"));
			Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			try {
				MessageDigest digest = sha256();
				long size;
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
					size = content.transferTo(out);
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				Path target = path(sha256);
				Files.createDirectories(target.getParent());
				if (Files.exists(target)) {
					Files.delete(temp);
				}
				else {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				return new StoredFile(sha256, size);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file in " + root, ex);
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
