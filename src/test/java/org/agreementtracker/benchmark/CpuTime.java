package org.agreementtracker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM, by its JIT compiler threads, and by the PostgreSQL
 * processes of the machine. A throughput figure alone does not say whether a phase waited
 * (on a disk, on locks) or computed, nor whether the JIT compiler took a core away from
 * it on a small machine; these do.
 * <p>
 * Linux only: the compiler threads are read from {@code /proc/self/task} (clock ticks of
 * 10 ms, the kernel's usual {@code CLK_TCK}); elsewhere they count as zero. PostgreSQL is
 * every process whose command is {@code postgres}, so run the benchmark alone; a backend
 * or autovacuum worker that ended during the phase is not counted, so its figure is a
 * lower bound.
 */
record CpuTime(Duration jvm, Duration compiler, Duration postgres) {

    static final CpuTime NONE = new CpuTime(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    private static final Path THREADS = Path.of("/proc/self/task");

    static CpuTime now() {
        Duration jvm = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        Duration postgres = ProcessHandle.allProcesses()
            .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
            .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
            .reduce(Duration.ZERO, Duration::plus);
        return new CpuTime(jvm, compilerThreads(), postgres);
    }

    CpuTime plus(CpuTime other) {
        return new CpuTime(this.jvm.plus(other.jvm), this.compiler.plus(other.compiler),
                this.postgres.plus(other.postgres));
    }

    CpuTime since(CpuTime earlier) {
        return new CpuTime(this.jvm.minus(earlier.jvm), this.compiler.minus(earlier.compiler),
                this.postgres.minus(earlier.postgres));
    }

    private static Duration compilerThreads() {
        if (!Files.isDirectory(THREADS)) {
            return Duration.ZERO;
        }
        try (Stream<Path> threads = Files.list(THREADS)) {
            long ticks = threads.mapToLong(CpuTime::compilerTicks).sum();
            return Duration.ofMillis(ticks * 10);
        }
        catch (IOException ex) {
            return Duration.ZERO;
        }
    }

    /** utime + stime of a "C1/C2 CompilerThread"; 0 for any other thread. */
    private static long compilerTicks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.contains("CompilerThre")) {
                return 0;
            }
            // after "pid (name) ": state is field 3, utime 14 and stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        catch (IOException | RuntimeException ex) {
            // the thread ended while we read it
            return 0;
        }
    }

}
