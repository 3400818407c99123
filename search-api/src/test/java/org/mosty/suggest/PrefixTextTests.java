package org.mosty.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrefixTextTests {

	@Test
	void foldsLatinButKeepsUkrainianLetters() {
		assertThat(PrefixText.words("Uchodźcy z Łodzi")).containsExactly("uchodzcy", "z", "lodzi");
		assertThat(PrefixText.words("Возз’єднання сім'ї, ґанок")).containsExactly("возз'єднання", "сім'ї", "ґанок");
	}

	@Test
	void theQueryKeepsWordsOnly() {
		assertThat(PrefixText.query("{!lucene}access:MEMBERS")).isEqualTo("lucene access members");
		assertThat(PrefixText.query("Ochrona AND \"czas")).isEqualTo("ochrona and czas");
		assertThat(PrefixText.query("сім’ї -x *")).isEqualTo("сім’ї x");
		assertThat(PrefixText.query(" ** ( ")).isEmpty();
	}

	@Test
	void everyPrefixWordMustStartAWord() {
		List<String> label = PrefixText.words("ochrona czasowa");
		assertThat(PrefixText.matches(PrefixText.words("czas ochr"), label)).isTrue();
		assertThat(PrefixText.matches(PrefixText.words("czas x"), label)).isFalse();
		assertThat(PrefixText.startsWith(label, PrefixText.words("ochrona cz"))).isTrue();
		assertThat(PrefixText.startsWith(label, PrefixText.words("czas"))).isFalse();
	}

	@Test
	void interleavingTakesEachKindInTurnWithoutRepeats() {
		var titles = List.of(new Suggestion("A", "title", "1"), new Suggestion("B", "title", "2"));
		var topics = List.of(new Suggestion("a", "topic", "x"), new Suggestion("T", "topic", "t"));
		var organizations = List.of(new Suggestion("O", "organization", "O"));
		assertThat(SuggestService.interleave(4, titles, topics, organizations)).extracting(Suggestion::text)
			.containsExactly("A", "T", "O", "B");
	}
}
