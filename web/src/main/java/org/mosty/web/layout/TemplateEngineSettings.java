package org.mosty.web.layout;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;

/**
 * The template engine Spring Boot configures, with the views' plain paths read by
 * {@link ViewPathEvaluator} instead of Spring EL. Everything else (dialects, resolvers, the Spring EL
 * compiler setting) stays as Boot and application.properties set it.
 */
@Configuration(proxyBeanMethods = false)
class TemplateEngineSettings {

	@Bean
	static BeanPostProcessor viewPathsInTemplates() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					readViewPaths(engine);
				}
				return bean;
			}
		};
	}

	/** Swaps the engine's standard dialect for one that evaluates plain paths first. */
	static void readViewPaths(SpringTemplateEngine engine) {
		Set<IDialect> dialects = new LinkedHashSet<>();
		for (IDialect dialect : engine.getDialects()) {
			if (dialect instanceof SpringStandardDialect standard && !(dialect instanceof ViewPathDialect)) {
				dialects.add(new ViewPathDialect(standard));
			}
			else {
				dialects.add(dialect);
			}
		}
		engine.setDialects(dialects);
	}

	/** Spring's standard dialect, same settings, whose variable expressions go through {@link ViewPathEvaluator}. */
	static final class ViewPathDialect extends SpringStandardDialect {

		private final IStandardVariableExpressionEvaluator evaluator;

		ViewPathDialect(SpringStandardDialect standard) {
			setEnableSpringELCompiler(standard.getEnableSpringELCompiler());
			setRenderHiddenMarkersBeforeCheckboxes(standard.getRenderHiddenMarkersBeforeCheckboxes());
			this.evaluator = new ViewPathEvaluator(standard.getVariableExpressionEvaluator());
		}

		@Override
		public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
			return evaluator;
		}
	}
}
