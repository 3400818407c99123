package org.mosty.web.layout;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.VariableExpression;

/**
 * Evaluates the templates' plain paths, such as {@code ${hit.title}}, {@code ${r.hits.isEmpty()}} or
 * {@code ${r.pages != null}}, by reading the components of Mosty's own view records directly; every
 * other expression goes to Spring EL as before.
 *
 * <p>Why: the pages place one prepared value per attribute (the view records of each feature), and
 * Spring EL read each of them reflectively behind Thymeleaf's member check: half of the search
 * page's rendering time (docs/benchmarks.md, Web UI). A path is answered here only when every step
 * is a record component of a class in {@code org.mosty.} (then possibly {@code isEmpty()} on a
 * collection, or a comparison with {@code null}). Anything else, a {@code null} on the way
 * included, is left to Spring EL, so results and errors are exactly Spring EL's. Request
 * parameters, the session and the application are never read here, so the restriction Thymeleaf
 * puts on some attributes (no {@code param} in a link or unescaped text) holds as it did.
 */
final class ViewPathEvaluator implements IStandardVariableExpressionEvaluator {

	private static final Pattern PLAIN_PATH = Pattern.compile(
			"([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(\\.isEmpty\\(\\)| != null| == null)?");

	private static final Set<String> LEFT_TO_SPRING = Set.of("param", "session", "application", "request",
			"response", "servletContext");

	private static final String OWN_PACKAGES = "org.mosty.";

	private static final Path NOT_PLAIN = new Path("", new Step[0], Ending.VALUE);

	private static final Object NOT_ANSWERED = new Object();

	private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

	/** The component readers of a view record, by name; empty for any other class. */
	private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
		@Override
		protected Map<String, MethodHandle> computeValue(Class<?> type) {
			if (!type.isRecord() || !type.getName().startsWith(OWN_PACKAGES)) {
				return Map.of();
			}
			Map<String, MethodHandle> readers = new HashMap<>();
			for (RecordComponent component : type.getRecordComponents()) {
				try {
					var accessor = component.getAccessor();
					accessor.setAccessible(true);
					readers.put(component.getName(), MethodHandles.lookup().unreflect(accessor).asType(READ));
				}
				catch (IllegalAccessException | RuntimeException ex) {
					return Map.of();
				}
			}
			return Map.copyOf(readers);
		}
	};

	private final IStandardVariableExpressionEvaluator springEl;

	ViewPathEvaluator(IStandardVariableExpressionEvaluator springEl) {
		this.springEl = springEl;
	}

	@Override
	public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
			StandardExpressionExecutionContext expContext) {
		Path path = expression instanceof VariableExpression variable && !expContext.getPerformTypeConversion()
				? path(variable) : NOT_PLAIN;
		if (path != NOT_PLAIN) {
			Object value = path.read(context);
			if (value != NOT_ANSWERED) {
				return value;
			}
		}
		return springEl.evaluate(context, expression, expContext);
	}

	/**
	 * The expression's path, kept on the parsed expression itself (as Spring EL keeps its own there):
	 * if Spring EL has put its own there, the expression is Spring EL's from then on. Selections
	 * ({@code *{…}}) are another kind of expression and always Spring EL's.
	 */
	private static Path path(VariableExpression variable) {
		Object cached = variable.getCachedExpression();
		if (cached instanceof Path path) {
			return path;
		}
		if (cached != null) {
			return NOT_PLAIN;
		}
		Path path = parse(variable.getExpression());
		if (path != NOT_PLAIN) {
			variable.setCachedExpression(path);
		}
		return path;
	}

	private static Path parse(String expression) {
		Matcher plain = expression == null ? null : PLAIN_PATH.matcher(expression);
		if (plain == null || !plain.matches()) {
			return NOT_PLAIN;
		}
		String[] names = plain.group(1).split("\\.");
		if (LEFT_TO_SPRING.contains(names[0])) {
			return NOT_PLAIN;
		}
		String ending = plain.group(2);
		return new Path(names[0], Arrays.stream(names).skip(1).map(Step::new).toArray(Step[]::new),
				ending == null ? Ending.VALUE
				: switch (ending) {
					case " != null" -> Ending.NOT_NULL;
					case " == null" -> Ending.IS_NULL;
					default -> Ending.IS_EMPTY;
				});
	}

	private enum Ending {
		VALUE, IS_EMPTY, NOT_NULL, IS_NULL
	}

	/** A variable, the record components read from it in turn, and what is done with the last value. */
	private record Path(String variable, Step[] steps, Ending ending) {

		Object read(IExpressionContext context) {
			Object value = context.getVariable(variable);
			for (Step step : steps) {
				if (value == null) {
					return NOT_ANSWERED;
				}
				MethodHandle reader = step.reader(value.getClass());
				if (reader == null) {
					return NOT_ANSWERED;
				}
				value = step.read(reader, value);
			}
			return switch (ending) {
				case VALUE -> value;
				case NOT_NULL -> value != null;
				case IS_NULL -> value == null;
				case IS_EMPTY -> value instanceof Collection<?> collection ? (Object) collection.isEmpty() : NOT_ANSWERED;
			};
		}
	}

	/** One component read, remembering the reader for the class it last met (a path meets one class). */
	private static final class Step {

		private final String name;

		private volatile Reader last;

		Step(String name) {
			this.name = name;
		}

		MethodHandle reader(Class<?> type) {
			Reader known = last;
			if (known != null && known.type == type) {
				return known.handle;
			}
			MethodHandle handle = COMPONENTS.get(type).get(name);
			last = new Reader(type, handle);
			return handle;
		}

		Object read(MethodHandle reader, Object record) {
			try {
				return (Object) reader.invokeExact(record);
			}
			catch (Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new TemplateProcessingException("Could not read " + name + " of " + record.getClass().getName(), ex);
			}
		}

		private record Reader(Class<?> type, MethodHandle handle) {
		}
	}
}
