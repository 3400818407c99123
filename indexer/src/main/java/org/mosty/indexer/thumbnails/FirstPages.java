package org.mosty.indexer.thumbnails;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.mosty.config.MostyProperties;
import org.mosty.indexer.extraction.ChildClassPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * PNG pictures of the first page of PDF files, kept under {@code <data-dir>/thumbnails/<sha256>.png}
 * (the file store is content-addressed: a picture never goes stale). Rendered once, at ingest, in a
 * child JVM ({@link FirstPageRenderer}) with a memory cap ({@code mosty.thumbnails.child-heap}) and a
 * time cap ({@code mosty.thumbnails.timeout}), never in the application's JVM. A file that cannot be
 * rendered gets a marker ({@code <sha256>.none}, holding the reason) and is never tried again, so a
 * hostile PDF costs one child, not one render per reader. One page at a time: requests queue.
 */
@Component
@EnableConfigurationProperties(ThumbnailProperties.class)
public class FirstPages implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FirstPages.class);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path cache;

	private final ThumbnailProperties properties;

	private final Path dataDir;

	private final ExecutorService answers = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mosty-thumbnail-answers");
		thread.setDaemon(true);
		return thread;
	});

	private Process child;

	private Writer requests;

	private BufferedReader replies;

	public FirstPages(MostyProperties mosty, ThumbnailProperties properties) {
		this.dataDir = mosty.dataPath();
		this.cache = dataDir.resolve("thumbnails");
		this.properties = properties;
	}

	/** The picture of the first page, if one was rendered. */
	public Optional<Path> existing(String sha256) {
		Path png = png(sha256);
		return png != null && Files.isRegularFile(png) ? Optional.of(png) : Optional.empty();
	}

	/**
	 * The picture of the first page of this PDF, rendered now if it was not yet; empty when it cannot
	 * be rendered (then or before).
	 */
	public synchronized Optional<Path> render(String sha256, Path pdf) {
		Path png = png(sha256);
		if (png == null) {
			return Optional.empty();
		}
		if (Files.isRegularFile(png)) {
			return Optional.of(png);
		}
		Path none = cache.resolve(sha256 + ".none");
		if (Files.exists(none)) {
			return Optional.empty();
		}
		String failure;
		try {
			Files.createDirectories(cache);
			failure = ask(pdf.toAbsolutePath() + "\t" + png.toAbsolutePath() + "\t" + properties.maxSide());
		}
		catch (IOException ex) {
			failure = "the picture could not be stored: " + ex.getMessage();
		}
		if (failure == null && Files.isRegularFile(png)) {
			return Optional.of(png);
		}
		log.info("No first-page picture for {}: {}", sha256, failure);
		try {
			Files.writeString(none, String.valueOf(failure), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("Could not record that {} has no picture: {}", sha256, ex.getMessage());
		}
		return Optional.empty();
	}

	/** Sends one request to the child; null when it rendered, else why not. */
	private String ask(String request) {
		try {
			ensureChild();
			requests.write(request + "\n");
			requests.flush();
			BufferedReader from = replies;
			Future<String> answer = answers.submit(from::readLine);
			String reply = answer.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
			if (reply == null) {
				stopChild();
				return "the rendering process ended (out of memory?)";
			}
			return reply.equals("OK") ? null : reply.replaceFirst("^ERR ", "");
		}
		catch (TimeoutException ex) {
			stopChild();
			return "rendering took longer than " + properties.timeout().toSeconds() + " s and was stopped";
		}
		catch (IOException | ExecutionException ex) {
			stopChild();
			return "the rendering process failed: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			stopChild();
			return "interrupted";
		}
	}

	private void ensureChild() throws IOException, InterruptedException, ExecutionException, TimeoutException {
		if (child != null && child.isAlive()) {
			return;
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + properties.childHeap().toMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError",
				"-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.awt.headless=true", "-cp",
				ChildClassPath.resolve(dataDir), FirstPageRenderer.class.getName()));
		child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		requests = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
		replies = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		BufferedReader from = replies;
		String ready = answers.submit(from::readLine).get(60, TimeUnit.SECONDS);
		if (!"READY".equals(ready)) {
			stopChild();
			throw new IOException("the rendering process did not start");
		}
	}

	private void stopChild() {
		if (child != null) {
			child.destroyForcibly();
			try {
				child.waitFor(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			child = null;
		}
	}

	private Path png(String sha256) {
		return sha256 != null && SHA256.matcher(sha256).matches() ? cache.resolve(sha256 + ".png") : null;
	}

	@Override
	public synchronized void destroy() {
		stopChild();
		answers.shutdownNow();
	}
}
