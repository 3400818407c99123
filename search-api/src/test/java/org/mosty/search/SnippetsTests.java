package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

	@Test
	void escapesEverythingAndTurnsOnlyTheMarkersIntoMark() {
		String raw = "<script>alert(1)</script> \uE000uchodźcy\uE001 & \"x\" <mark>fake</mark>";
		assertThat(Snippets.toHtml(raw)).isEqualTo(
				"&lt;script&gt;alert(1)&lt;/script&gt; <mark>uchodźcy</mark> &amp; &quot;x&quot; &lt;mark&gt;fake&lt;/mark&gt;");
	}

	@Test
	void unbalancedMarkersNeverLeaveAnOpenTag() {
		assertThat(Snippets.toHtml("\uE000open")).isEqualTo("<mark>open</mark>");
		assertThat(Snippets.toHtml("close\uE001 \uE001")).isEqualTo("close ");
	}
}
