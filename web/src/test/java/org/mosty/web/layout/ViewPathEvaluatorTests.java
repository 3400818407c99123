package org.mosty.web.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.LazyContextVariable;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The templates' plain paths read the view records directly, and give exactly what Spring EL gives:
 * every template here is rendered by an engine with and one without {@link ViewPathEvaluator}.
 */
class ViewPathEvaluatorTests {

	record Page(String title, Hit hit, List<Hit> hits, Map<String, String> labels, Bean bean) {
	}

	record Hit(String url, String organization, Integer year, List<String> badges) {
	}

	/** Not a record: its values are read by Spring EL. */
	public static final class Bean {

		public String getName() {
			return "bean <name>";
		}
	}

	static final Page PAGE = new Page("Raport & <b>", new Hit("/documents/1?a=1&b=2", null, 2024, List.of("PL", "UK")),
			List.of(new Hit("/documents/2", "Fundacja", null, List.of()), new Hit("/documents/3", null, 2023,
					List.of("EN"))),
			Map.of("more", "więcej"), new Bean());

	/** Expressions Spring EL saw, in the engine with the plain paths. */
	final List<String> leftToSpringEl = new ArrayList<>();

	final SpringTemplateEngine withPaths = engine(new SpringStandardDialect() {
		final IStandardVariableExpressionEvaluator evaluator = new ViewPathEvaluator(
				new Counting(super.getVariableExpressionEvaluator()));

		@Override
		public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
			return evaluator;
		}
	});

	final SpringTemplateEngine springElOnly = engine(new SpringStandardDialect());

	@Test
	void plainPathsAreReadWithoutSpringEl() {
		String template = """
				<h1 th:text="${page.title}">t</h1><a th:href="${page.hit.url}" th:text="${page.hit.year}">y</a>\
				<p th:if="${page.hit.organization == null}">none</p><p th:unless="${page.hit.organization != null}">x</p>\
				<ul th:unless="${page.hits.isEmpty()}"><li th:each="h : ${page.hits}" th:text="${h.url}">u</li></ul>\
				<i th:each="b : ${page.hit.badges}" th:text="${b}">b</i>""";
		String html = bothAgree(template);
		assertThat(html).isEqualTo("<h1>Raport &amp; &lt;b&gt;</h1><a href=\"/documents/1?a=1&amp;b=2\">2024</a>"
				+ "<p>none</p><p>x</p><ul><li>/documents/2</li><li>/documents/3</li></ul><i>PL</i><i>UK</i>");
		assertThat(leftToSpringEl).isEmpty();
	}

	@Test
	void everythingElseIsSpringEls() {
		String template = """
				<b th:each="h, i : ${page.hits}" th:text="${i.first}">f</b><i th:text="${page.labels.more}">m</i>\
				<i th:text="${page.bean.name}">n</i><i th:text="${page.title.length()}">n</i>\
				<i th:text="${page.hit.year + 1}">n</i><i th:text="${page.hits.size()}">n</i>\
				<i th:text="${{page.hit.year}}">n</i><i th:object="${page.hit}" th:text="*{url}">n</i>""";
		String html = bothAgree(template);
		assertThat(html).isEqualTo("<b>true</b><b>false</b><i>więcej</i><i>bean &lt;name&gt;</i><i>12</i>"
				+ "<i>2025</i><i>2</i><i>2024</i><i>/documents/1?a=1&amp;b=2</i>");
		assertThat(leftToSpringEl).contains("i.first", "page.labels.more", "page.bean.name", "page.title.length()",
				"page.hit.year + 1", "page.hits.size()", "page.hit.year");
	}

	@Test
	void aNullOnTheWayFailsAsInSpringEl() {
		String template = "<p th:text=\"${page.hit.organization.length}\">x</p>";
		assertThatThrownBy(() -> render(springElOnly, template)).isInstanceOf(TemplateProcessingException.class);
		assertThatThrownBy(() -> render(withPaths, template)).isInstanceOf(TemplateProcessingException.class)
			.hasMessageContaining("page.hit.organization.length");
		String isEmptyOfNull = "<p th:if=\"${page.hit.organization.isEmpty()}\">x</p>";
		assertThatThrownBy(() -> render(withPaths, isEmptyOfNull)).isInstanceOf(TemplateProcessingException.class);
	}

	@Test
	void missingVariablesAreNullAsInSpringEl() {
		assertThat(bothAgree("<p th:text=\"${nothing}\">x</p><p th:if=\"${nothing == null}\">null</p>"))
			.isEqualTo("<p></p><p>null</p>");
	}

	/** The engine's context hands out a lazy variable's value, so its paths are plain too. */
	@Test
	void lazyVariablesAreReadAsTheirValues() {
		Context context = new Context(Locale.ROOT);
		context.setVariable("lazy", new LazyContextVariable<Page>() {
			@Override
			protected Page loadValue() {
				return PAGE;
			}
		});
		String template = "<p th:text=\"${lazy.hit.url}\">x</p>";
		assertThat(withPaths.process(template, context)).isEqualTo(springElOnly.process(template, context))
			.isEqualTo("<p>/documents/1?a=1&amp;b=2</p>");
		assertThat(leftToSpringEl).isEmpty();
	}

	@Test
	void theApplicationsEngineReadsPlainPaths() {
		SpringTemplateEngine engine = engine(new SpringStandardDialect());
		TemplateEngineSettings.readViewPaths(engine);
		assertThat(render(engine, "<p th:text=\"${page.hit.url}\">x</p>"))
			.isEqualTo("<p>/documents/1?a=1&amp;b=2</p>");
		assertThat(org.thymeleaf.standard.expression.StandardExpressions
			.getVariableExpressionEvaluator(engine.getConfiguration())).isInstanceOf(ViewPathEvaluator.class);
	}

	private String bothAgree(String template) {
		String expected = render(springElOnly, template);
		String html = render(withPaths, template);
		assertThat(html).isEqualTo(expected);
		return html;
	}

	private static String render(SpringTemplateEngine engine, String template) {
		Context context = new Context(Locale.ROOT);
		context.setVariable("page", PAGE);
		return engine.process(template, context);
	}

	private static SpringTemplateEngine engine(SpringStandardDialect dialect) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setDialect(dialect);
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** Spring EL, noting each expression it is given. */
	final class Counting implements IStandardVariableExpressionEvaluator {

		private final IStandardVariableExpressionEvaluator springEl;

		Counting(IStandardVariableExpressionEvaluator springEl) {
			this.springEl = springEl;
		}

		@Override
		public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
				StandardExpressionExecutionContext expContext) {
			synchronized (leftToSpringEl) {
				leftToSpringEl.add(expression.getExpression());
			}
			return springEl.evaluate(context, expression, expContext);
		}
	}
}
