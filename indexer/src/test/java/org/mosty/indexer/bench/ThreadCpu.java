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

	/** The CPU seconds of the JIT compiler threads in a {@link #byKind} reading. */
	static double compilerSeconds(Map<String, Double> kinds) {
		return kinds.entrySet()
			.stream()
			.filter(kind -> kind.getKey().contains(COMPILER))
			.mapToDouble(Map.Entry::getValue)
			.sum();
	}
}
