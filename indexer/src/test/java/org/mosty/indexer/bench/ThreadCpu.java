package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of a process by kind of thread, read from Linux's {@code /proc/<pid>/task}: the
 * thread's name with digits as {@code N}, for example {@code http-nio-N.N.N.} for Tomcat's
 * request threads or {@code CN CompilerThre} for the JIT. Empty on systems without {@code /proc}.
 * Threads that ended are missing, so compare kinds that live through a measurement.
 */
final class ThreadCpu {

	/** The kind name of the JIT compiler threads (C1 and C2). */
	static final String COMPILER = "CompilerThre";

	private ThreadCpu() {
	}

	static Map<String, Double> byKind(long pid) {
		Map<String, Double> kinds = new TreeMap<>();
		Path tasks = Path.of("/proc", Long.toString(pid), "task");
		double ticksPerSecond = 100; // USER_HZ on Linux
		try (var threads = Files.list(tasks)) {
			for (Path task : threads.toList()) {
				try {
					String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// after the name: state is field 3 of stat, utime 14 and stime 15 (1-based)
					double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / ticksPerSecond;
					kinds.merge(name.replaceAll("\\d+", "N"), seconds, Double::sum);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended while being read
				}
			}
		}
		catch (IOException ex) {
			return Map.of();
		}
		return kinds;
	}

	/**
	 * The kinds of thread that used the most CPU between two readings, in milliseconds per unit
	 * (request, document), the largest first: {@code [kind] 1.23 [kind] 0.45 ...}.
	 */
	static String perUnit(Map<String, Double> before, Map<String, Double> after, int units, int kinds) {
		return after.entrySet()
			.stream()
			.map(kind -> Map.entry(kind.getKey(), kind.getValue() - before.getOrDefault(kind.getKey(), 0.0)))
			.filter(kind -> kind.getValue() > 0)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(kinds)
			.map(kind -> String.format(java.util.Locale.ROOT, "[%s] %.2f", kind.getKey(), kind.getValue() * 1000 / units))
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/**
	 * CPU seconds of this process's descendants (the extraction's child JVMs with the Tesseract
	 * processes they waited for), by process id: a process that ended is missing.
	 */
	static Map<Long, Double> children() {
		Map<Long, Double> children = new TreeMap<>();
		ProcessHandle.current().descendants().forEach(child -> {
			try {
				String stat = Files.readString(Path.of("/proc", Long.toString(child.pid()), "stat"),
						StandardCharsets.US_ASCII);
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// utime, stime, cutime, cstime: fields 14 to 17 of stat (1-based)
				long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
						+ Long.parseLong(fields[14]);
				children.put(child.pid(), ticks / 100.0);
			}
			catch (IOException | RuntimeException ex) {
				// ended meanwhile, or no /proc
			}
		});
		return children;
	}

	/** The CPU seconds the descendants used between two {@link #children()} readings. */
	static double childrenSeconds(Map<Long, Double> before, Map<Long, Double> after) {
		return after.entrySet()
			.stream()
			.mapToDouble(child -> child.getValue() - before.getOrDefault(child.getKey(), 0.0))
			.sum();
	}

	/** The CPU seconds of the JIT compiler threads in a {@link #byKind} reading. */
	static double compilerSeconds(Map<String, Double> kinds) {
		return kinds.entrySet()
			.stream()
			.filter(kind -> kind.getKey().contains(COMPILER))
			.mapToDouble(Map.Entry::getValue)
			.sum();
	}
}
