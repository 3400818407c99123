package org.mosty.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: plain text in the character sets Polish and Ukrainian files really use is read
 * exactly. Generated Polish, Ukrainian, Russian, English and mixed Polish-Ukrainian text of 50 bytes
 * to 1 MB in UTF-8 and UTF-16 LE/BE (with and without a byte order mark), windows-1250,
 * ISO-8859-2, windows-1251, KOI8-U and CP866 (each text in the character sets that can hold it)
 * is decoded and compared with what was encoded. Prints the share decoded exactly per character set;
 * the goal is every file in UTF-8 and in UTF-16 with a mark, and at least 98 % overall.
 */
class TextCharsetsTests {

	static final Map<String, List<String>> SENTENCES = Map.of("pl", List.of(
			"Uchodźcy z Ukrainy mogą korzystać z bezpłatnej pomocy prawnej w punktach nieodpłatnej pomocy.",
			"Wniosek o nadanie numeru PESEL składa się osobiście w urzędzie gminy, do którego się przyjeżdża.",
			"Dzieci w wieku szkolnym mają prawo i obowiązek uczęszczania do polskiej szkoły.",
			"Świadczenie wychowawcze przysługuje na każde dziecko do ukończenia osiemnastego roku życia.",
			"Zaświadczenie o zameldowaniu nie jest wymagane, żeby zapisać dziecko do przedszkola.",
			"Źródłem informacji są komunikaty urzędów wojewódzkich i organizacji pozarządowych.",
			"Ośrodek pomocy społecznej udziela zasiłków celowych osobom w trudnej sytuacji życiowej.",
			"Łączna kwota świadczeń zależy od dochodu rodziny i liczby osób w gospodarstwie domowym.",
			"Ubezpieczenie zdrowotne obejmuje leczenie w przychodniach i szpitalach publicznych.",
			"Pracodawca zgłasza powierzenie pracy obywatelowi Ukrainy w ciągu czternastu dni.",
			"Żądanie zwrotu kosztów dojazdu należy złożyć na piśmie wraz z biletami.",
			"Ćwiczenia z języka polskiego odbywają się we wtorki i czwartki w świetlicy."),
			"uk", List.of(
			"Біженці з України можуть отримати безоплатну правову допомогу в пунктах допомоги.",
			"Заяву про присвоєння номера PESEL подають особисто в управі гміни за місцем перебування.",
			"Діти шкільного віку мають право і обов'язок відвідувати польську школу.",
			"Виховна допомога надається на кожну дитину до досягнення вісімнадцяти років.",
			"Довідка про реєстрацію не потрібна, щоб записати дитину до дитячого садка.",
			"Джерелом інформації є повідомлення воєводських управлінь і громадських організацій.",
			"Центр соціальної допомоги надає цільові допомоги людям у складних життєвих обставинах.",
			"Загальна сума виплат залежить від доходу сім'ї та кількості осіб у домогосподарстві.",
			"Медичне страхування охоплює лікування в поліклініках і державних лікарнях.",
			"Роботодавець повідомляє про доручення роботи громадянину України протягом чотирнадцяти днів.",
			"Ґрунтовні консультації щодо житла проводять юристи громадських організацій.",
			"Уроки польської мови відбуваються у вівторок і четвер у клубі."),
			"ru", List.of(
			"Беженцы из Украины могут получить бесплатную юридическую помощь в пунктах помощи.",
			"Заявление о присвоении номера PESEL подают лично в управлении гмины по месту пребывания.",
			"Дети школьного возраста имеют право и обязанность посещать польскую школу.",
			"Справка о регистрации не нужна, чтобы записать ребёнка в детский сад.",
			"Центр социальной помощи выдаёт целевые пособия людям в трудной жизненной ситуации.",
			"Медицинское страхование охватывает лечение в поликлиниках и государственных больницах.",
			"Уроки польского языка проходят по вторникам и четвергам в клубе."),
			"en", List.of(
			"Refugees from Ukraine can get free legal aid at the assistance points.",
			"The application for a PESEL number is made in person at the municipal office.",
			"Children of school age have the right and the duty to attend a Polish school.",
			"The child benefit is paid for every child until the age of eighteen.",
			"Health insurance covers treatment in public clinics and hospitals.",
			"Polish lessons take place on Tuesdays and Thursdays in the community room."));

	static final int[] LENGTHS = { 50, 100, 200, 500, 1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000 };

	record Case(String language, String encoding, boolean bom) {
	}

	@Test
	void textInTheCharacterSetsOfPolishAndUkrainianFilesIsDecodedExactly() {
		Random random = new Random(18);
		Map<String, int[]> byEncoding = new TreeMap<>(); // exact, total
		List<String> misses = new ArrayList<>();
		List<String> languages = List.of("pl", "uk", "ru", "en", "pl+uk");
		List<String> encodings = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250", "ISO-8859-2",
				"windows-1251", "KOI8-U", "IBM866");
		for (String language : languages) {
			for (String encoding : encodings) {
				Charset charset = Charset.forName(encoding);
				boolean unicode = encoding.startsWith("UTF");
				for (boolean bom : unicode ? new boolean[] { false, true } : new boolean[] { false }) {
					for (int length : LENGTHS) {
						int samples = length >= 256_000 ? 1 : length >= 16_000 ? 2 : 6;
						for (int sample = 0; sample < samples; sample++) {
							String text = text(language, charset, length, random);
							if (text == null) {
								continue; // this language cannot be written in this character set
							}
							byte[] bytes = encode(text, charset, bom);
							String label = encoding + (bom ? " + BOM" : "");
							int[] counts = byEncoding.computeIfAbsent(label, key -> new int[2]);
							counts[1]++;
							TextCharsets.Decoded decoded = TextCharsets.decode(bytes);
							if (decoded.text().equals(text)) {
								counts[0]++;
							}
							else if (misses.size() < 20) {
								misses.add(label + " " + language + " " + bytes.length + " B read as "
										+ decoded.charset() + ": " + decoded.text().substring(0,
												Math.min(60, decoded.text().length())));
							}
						}
					}
				}
			}
		}
		int exact = 0;
		int total = 0;
		StringBuilder report = new StringBuilder("Plain text decoded exactly, per character set:\n");
		for (Map.Entry<String, int[]> entry : byEncoding.entrySet()) {
			int[] counts = entry.getValue();
			exact += counts[0];
			total += counts[1];
			report.append(String.format(Locale.ROOT, "  %-16s %4d / %4d  %.1f %%%n", entry.getKey(), counts[0],
					counts[1], 100.0 * counts[0] / counts[1]));
		}
		report.append(String.format(Locale.ROOT, "RESULT charsets exact=%d files=%d share=%.4f%n", exact, total,
				(double) exact / total));
		misses.forEach(miss -> report.append("  miss: ").append(miss).append('\n'));
		System.out.print(report);

		for (String unicode : List.of("UTF-8", "UTF-8 + BOM", "UTF-16LE + BOM", "UTF-16BE + BOM")) {
			int[] counts = byEncoding.get(unicode);
			assertThat(counts[0]).as(unicode + "\n" + report).isEqualTo(counts[1]);
		}
		assertThat((double) exact / total).as(report.toString()).isGreaterThanOrEqualTo(0.98);
	}

	@Test
	void aShortWindows1250NoteAndAKoi8uNoteAreNotMistakenForEachOtherOrForUtf8() {
		String polish = "Zażółć gęślą jaźń: pomoc dla uchodźców.";
		assertThat(TextCharsets.decode(polish.getBytes(Charset.forName("windows-1250"))).text()).isEqualTo(polish);
		assertThat(TextCharsets.decode(polish.getBytes(Charset.forName("ISO-8859-2"))).text()).isEqualTo(polish);
		String ukrainian = "Ґудзик, їжак і єнот шукають житло.";
		assertThat(TextCharsets.decode(ukrainian.getBytes(Charset.forName("KOI8-U"))).text()).isEqualTo(ukrainian);
		assertThat(TextCharsets.decode(ukrainian.getBytes(Charset.forName("windows-1251"))).text())
			.isEqualTo(ukrainian);
		assertThat(TextCharsets.decode(ukrainian.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(ukrainian);
	}

	@Test
	void unassignedCodePointsCountAsAnotherScriptNotAnError() {
		// U+0378 has no Unicode block; a hostile HTML page of the Tika test files holds such characters
		assertThat(TextCharsets.plausibility("Tekst \u0378\u0379 po polsku")).isLessThan(
				TextCharsets.plausibility("Tekst po polsku"));
	}

	@Test
	void textReadInTheWrongCharacterSetIsNoticed() {
		String both = "Organizacje pozarządowe pomagają uchodźcom. Громадські організації допомагають біженцям.";
		String gb18030 = new String(both.getBytes(StandardCharsets.UTF_8), Charset.forName("GB18030"));
		assertThat(ScriptMix.warning(gb18030)).isPresent();
		assertThat(ScriptMix.warning(both)).isEmpty();
		assertThat(ScriptMix.warning("Raport 2024: 中国 (Chiny) i Polska — współpraca naukowa i wymiana studentów "
				+ "między uczelniami w ramach programu Erasmus+ oraz umów dwustronnych.")).isEmpty();
	}

	private static String text(String language, Charset charset, int bytes, Random random) {
		List<String> pool = new ArrayList<>();
		for (String part : language.split("\\+")) {
			for (String sentence : SENTENCES.get(part)) {
				if (charset.newEncoder().canEncode(sentence)) {
					pool.add(sentence);
				}
			}
		}
		if (pool.isEmpty() || language.contains("+") && !charset.name().startsWith("UTF")) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		int length = 0;
		while (length < bytes) {
			String next = pool.get(random.nextInt(pool.size())) + (random.nextInt(8) == 0 ? "\n\n" : " ");
			text.append(next);
			length += next.getBytes(charset).length;
		}
		// cut to the length in bytes, at a character boundary
		byte[] encoded = text.toString().getBytes(charset);
		int end = Math.min(encoded.length, bytes);
		if (charset.equals(StandardCharsets.UTF_8)) {
			while (end > 0 && end < encoded.length && (encoded[end] & 0xC0) == 0x80) {
				end--;
			}
		}
		else if (charset.name().startsWith("UTF-16")) {
			end -= end % 2;
		}
		String cut = new String(encoded, 0, end, charset);
		if (!cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut;
	}

	private static byte[] encode(String text, Charset charset, boolean bom) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.writeBytes("\uFEFF".getBytes(charset));
		}
		out.writeBytes(text.getBytes(charset));
		return out.toByteArray();
	}
}
