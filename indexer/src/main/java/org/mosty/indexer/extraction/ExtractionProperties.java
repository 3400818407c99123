package org.mosty.indexer.extraction;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How Tika runs: in a pool of child JVMs (Tika pipes), each document with a timeout, a memory cap
 * and a write limit ({@code mosty.ingest.max-text-chars}).
 *
 * @param poolSize child JVMs extracting at the same time (2 fits a 2-core server)
 * @param timeout per document; a parser still busy after it is killed with its process
 * @param childHeap maximum heap of one child JVM ({@code -Xmx}); a file needing more fails as
 *     out of memory
 * @param maxFilesPerChild a child is replaced after this many files (bounds leaks); {@code 0} never
 * @param startupTimeout how long a child may take to start
 * @param ocr OCR of PDF pages without a text layer
 * @param extraParsers Tika parser classes added after Tika's defaults (they win for the types
 *     they declare); for special formats and for tests
 * @param childJvmArgs more arguments for the child JVMs
 */
@Validated
@ConfigurationProperties("mosty.extraction")
public record ExtractionProperties(
		@Min(1) @Max(16) @DefaultValue("2") int poolSize,
		@NotNull @DefaultValue("120s") Duration timeout,
		@NotNull @DefaultValue("512MB") DataSize childHeap,
		@Min(0) @DefaultValue("1000") int maxFilesPerChild,
		@NotNull @DefaultValue("60s") Duration startupTimeout,
		@NotNull @Valid @DefaultValue Ocr ocr,
		List<@Pattern(regexp = "[A-Za-z_$][\\w$.]*") String> extraParsers,
		List<String> childJvmArgs) {

	public ExtractionProperties {
		extraParsers = extraParsers == null ? List.of() : List.copyOf(extraParsers);
		childJvmArgs = childJvmArgs == null ? List.of() : List.copyOf(childJvmArgs);
	}

	@AssertTrue(message = "mosty.extraction.timeout must be between 1s and 1h")
	public boolean isTimeoutValid() {
		return timeout == null || (timeout.compareTo(Duration.ofSeconds(1)) >= 0
				&& timeout.compareTo(Duration.ofHours(1)) <= 0);
	}

	@AssertTrue(message = "mosty.extraction.child-heap must be between 64MB and 32GB")
	public boolean isChildHeapValid() {
		return childHeap == null || (childHeap.toMegabytes() >= 64 && childHeap.toGigabytes() <= 32);
	}

	/**
	 * OCR settings.
	 *
	 * @param enabled use Tesseract when it is installed
	 * @param languages Tesseract languages, {@code +}-separated; those not installed are left out
	 *     with a warning at start-up
	 */
	public record Ocr(@DefaultValue("true") boolean enabled,
			@NotNull @Pattern(regexp = "[a-z_]{3,16}(\\+[a-z_]{3,16}){0,8}") @DefaultValue("pol+ukr+eng") String languages) {
	}
}
