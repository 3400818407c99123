package org.mosty.web.bulkimport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.imports.FileImporter;
import org.mosty.indexer.imports.MetadataCsv;
import org.mosty.indexer.ingest.IngestLauncher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar mosty.jar import DIR [--metadata file.csv]}: registers every file under DIR,
 * indexes them with a progress bar and prints a summary. Runs without the web server; Spring
 * properties ({@code --mosty.data-dir=...}) pass through. Stop a server using the same data
 * folder first (the embedded database and Solr core belong to one process), or use the inbox.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a folder of documents into Mosty (no web server is started).")
public final class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "folder to import (recursively)")
	Path dir;

	@Option(names = "--metadata", paramLabel = "FILE",
			description = "CSV with a header row: file,title,type,access,topics,organization,year,region,"
					+ "audience,authors,description,language (lists separated by ';')")
	Path metadata;

	@Option(names = "--type", defaultValue = "other", description = "type of files without metadata (${DEFAULT-VALUE})")
	String type;

	@Option(names = "--access", defaultValue = "PUBLIC",
			description = "access of files without metadata: PUBLIC, MEMBERS, RESTRICTED (${DEFAULT-VALUE})")
	AccessLevel access;

	@Option(names = "--organization", description = "organisation of files without metadata")
	String organization;

	@Option(names = "--year", description = "publication year of files without metadata")
	Integer year;

	@Option(names = "--no-progress", description = "no progress bar (for logs)")
	boolean noProgress;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	private final PrintStream out;

	ImportCommand(PrintStream out) {
		this.out = out;
	}

	public static int run(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		return new CommandLine(new ImportCommand(out)).setUnmatchedOptionsArePositionalParams(false)
			.setUnmatchedArgumentsAllowed(true)
			.execute(args);
	}

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(dir)) {
			out.println("Not a folder: " + dir);
			return 2;
		}
		MetadataCsv csv = metadata == null ? null : MetadataCsv.read(metadata);
		List<Path> files = files();
		out.printf("Importing %d file(s) from %s%s%n", files.size(), dir.toAbsolutePath(),
				csv == null ? "" : " with metadata for " + csv.size() + " file(s) from " + metadata);
		// command-line arguments outrank application.properties; the user's own win over these
		List<String> arguments = new ArrayList<>();
		for (String setting : List.of("mosty.samples=false", "mosty.ingest.poll-interval=0s",
				"spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.org.mosty=WARN",
				"spring.main.log-startup-info=false")) {
			String name = setting.substring(0, setting.indexOf('='));
			if (springArguments.stream().noneMatch(arg -> arg.startsWith("--" + name + "="))) {
				arguments.add("--" + setting);
			}
		}
		arguments.addAll(springArguments);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new))) {
			return importFiles(context, files, csv);
		}
	}

	private int importFiles(ConfigurableApplicationContext context, List<Path> files, MetadataCsv csv)
			throws Exception {
		FileImporter importer = context.getBean(FileImporter.class);
		Catalogue catalogue = context.getBean(Catalogue.class);
		IngestLauncher ingest = context.getBean(IngestLauncher.class);
		FileImporter.Defaults defaults = new FileImporter.Defaults(type, access, organization, year, null);
		List<FileImporter.Result> results = new ArrayList<>();
		ExecutorService runner = Executors.newSingleThreadExecutor();
		Future<JobExecution> lastRun = null;
		try (ProgressBar bar = progressBar(files.size())) {
			for (Path file : files) {
				DocumentMetadata fallback = FileImporter.defaultMetadata(file, defaults);
				String relative = dir.relativize(file).toString();
				DocumentMetadata documentMetadata = csv == null ? fallback
						: csv.metadata(relative, fallback).orElse(fallback);
				results.add(importer.register(file, documentMetadata));
				bar.setExtraMessage("registered " + results.size());
				if (lastRun == null || lastRun.isDone()) {
					lastRun = runner.submit(ingest::runNow); // index while the rest registers
				}
				bar.stepTo(finished(results, catalogue));
			}
			boolean failedRun = false;
			while (!failedRun) {
				if (lastRun != null) {
					JobExecution execution = lastRun.get();
					failedRun = execution != null && execution.getStatus() != BatchStatus.COMPLETED
							&& execution.getStatus() != BatchStatus.STARTED;
				}
				bar.stepTo(finished(results, catalogue));
				if (!catalogue.hasPending() || failedRun) {
					break;
				}
				lastRun = runner.submit(ingest::runNow);
				while (!lastRun.isDone()) {
					bar.stepTo(finished(results, catalogue));
					Thread.sleep(300);
				}
			}
			bar.stepTo(finished(results, catalogue));
			context.getBean(SolrIndex.class).commit();
			summary(results, catalogue, failedRun);
			return failedRun ? 1 : 0;
		}
		finally {
			runner.shutdown();
			runner.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	private static long finished(List<FileImporter.Result> results, Catalogue catalogue) {
		return results.stream()
			.filter(result -> result.outcome() != FileImporter.Outcome.REGISTERED || catalogue.findById(result.id())
				.map(doc -> doc.status() != DocumentStatus.PENDING)
				.orElse(true))
			.count();
	}

	private void summary(List<FileImporter.Result> results, Catalogue catalogue, boolean failedRun) {
		Map<FileImporter.Outcome, Integer> counts = new EnumMap<>(FileImporter.Outcome.class);
		results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
		List<String> failed = new ArrayList<>();
		int indexed = 0;
		int pending = 0;
		for (FileImporter.Result result : results) {
			if (result.outcome() != FileImporter.Outcome.REGISTERED) {
				continue;
			}
			CatalogueDocument doc = catalogue.findById(result.id()).orElseThrow();
			switch (doc.status()) {
				case INDEXED -> indexed++;
				case FAILED -> failed.add(dir.relativize(result.file()) + ": " + doc.failureReason());
				case PENDING -> pending++;
			}
		}
		out.println();
		out.printf("Summary: %d file(s)%n", results.size());
		out.printf("  indexed    %d%n", indexed);
		out.printf("  failed     %d%n", failed.size());
		failed.forEach(line -> out.println("    - " + line));
		out.printf("  refused    %d%n", counts.getOrDefault(FileImporter.Outcome.REJECTED, 0));
		results.stream()
			.filter(result -> result.outcome() == FileImporter.Outcome.REJECTED)
			.forEach(result -> out.println("    - " + dir.relativize(result.file()) + ": " + result.detail()));
		out.printf("  duplicates %d (already in the library)%n", counts.getOrDefault(FileImporter.Outcome.DUPLICATE, 0));
		if (pending > 0 || failedRun) {
			out.printf("  still pending %d: the ingest run failed (is Solr reachable?); it resumes on the next start%n",
					pending);
		}
		out.println("RESULT import files=" + results.size() + " indexed=" + indexed + " failed=" + failed.size()
				+ " refused=" + counts.getOrDefault(FileImporter.Outcome.REJECTED, 0) + " duplicates="
				+ counts.getOrDefault(FileImporter.Outcome.DUPLICATE, 0) + " pending=" + pending);
	}

	private ProgressBar progressBar(int total) {
		ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Importing")
			.setInitialMax(total)
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis(250)
			.continuousUpdate();
		if (noProgress) {
			builder.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> {
			}));
		}
		return builder.build();
	}

	private List<Path> files() throws IOException {
		Path csvFile = metadata == null ? null : metadata.toAbsolutePath().normalize();
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter(file -> !file.getFileName().toString().startsWith("."))
				.filter(file -> csvFile == null || !file.toAbsolutePath().normalize().equals(csvFile))
				.sorted()
				.toList();
		}
	}
}
