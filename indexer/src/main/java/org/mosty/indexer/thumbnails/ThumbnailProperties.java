package org.mosty.indexer.thumbnails;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How first pages are rendered: in a child JVM of their own, one page at a time, with a time and
 * a memory cap, so an untrusted PDF (a page that is one 30000 × 30000 picture) never costs the
 * application's heap or a reader's request.
 *
 * @param timeout per page; a child still rendering after it is killed and the page has no picture
 * @param childHeap maximum heap of the rendering child ({@code -Xmx}); a page needing more has no picture
 * @param maxSide the longer side of a picture in pixels (an A4 page is rendered at 24 dpi, 200 × 283)
 */
@Validated
@ConfigurationProperties("mosty.thumbnails")
record ThumbnailProperties(@NotNull @DefaultValue("20s") Duration timeout,
		@NotNull @DefaultValue("256MB") DataSize childHeap, @Min(50) @Max(2000) @DefaultValue("400") int maxSide) {
}
