package org.mosty.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResumptionTokenTests {

	@Test
	void roundTripsToTheMicrosecond() {
		ResumptionToken token = new ResumptionToken("oai_dc", "topic:asylum", "2025-01-01", null,
				Instant.parse("2026-11-21T10:15:30.123456Z"), "01ARZ3NDEKTSV4RRFFQ69G5FAV", 200);
		assertThat(ResumptionToken.decode(token.encode())).isEqualTo(token);
		assertThat(token.encode()).matches("[A-Za-z0-9_-]+");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "!!!", "bTF8b2FpX2Rj", "eHx5fHo" })
	void garbageIsABadResumptionToken(String garbage) {
		assertThatThrownBy(() -> ResumptionToken.decode(garbage)).isInstanceOf(OaiException.class)
			.extracting(ex -> ((OaiException) ex).code())
			.isEqualTo("badResumptionToken");
	}

	@Test
	void datesHaveTwoGranularities() {
		assertThat(OaiDates.parse("from", "2025-03-04").day()).isTrue();
		assertThat(OaiDates.parse("from", "2025-03-04").untilExclusive()).isEqualTo(Instant.parse("2025-03-05T00:00:00Z"));
		assertThat(OaiDates.parse("until", "2025-03-04T05:06:07Z").untilExclusive())
			.isEqualTo(Instant.parse("2025-03-04T05:06:08Z"));
		assertThatThrownBy(() -> OaiDates.parse("from", "2025-03-04T05:06Z")).isInstanceOf(OaiException.class);
		assertThatThrownBy(() -> OaiDates.parse("from", "2025-02-30")).isInstanceOf(OaiException.class);
	}
}
