package org.fraudlink.demo;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar for one step: redrawn in place on a terminal, a line at every quarter otherwise (CI logs).
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String step;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final AtomicInteger done = new AtomicInteger();
    private final long startedAt = System.nanoTime();
    private volatile int lastQuarter = -1;

    Progress(PrintStream out, String step, int total) {
        this.out = out;
        this.step = step;
        this.total = Math.max(total, 1);
        draw(0);
    }

    void advance(int units) {
        draw(done.addAndGet(units));
    }

    void finish() {
        draw(total);
        if (terminal) {
            out.println();
        }
    }

    private synchronized void draw(int value) {
        int filled = (int) ((long) value * WIDTH / total);
        String line = String.format("  %-26s [%s%s] %,9d/%,d  %5.1f s", step, "#".repeat(filled),
                "-".repeat(WIDTH - filled), value, total, (System.nanoTime() - startedAt) / 1e9);
        if (terminal) {
            out.print("\r" + line);
            out.flush();
        } else {
            int quarter = (int) ((long) value * 4 / total);
            if (quarter != lastQuarter) {
                lastQuarter = quarter;
                out.println(line);
            }
        }
    }
}
