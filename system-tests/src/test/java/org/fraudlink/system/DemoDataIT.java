package org.fraudlink.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.fraudlink.demo.DemoLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo-data loader, at a fiftieth of the report and in a province of its own (Shanxi, so the other scenarios'
 * data stays out of its figures), loads through the gateway with the bootstrap client alone, and the dashboard then
 * shows exactly the scaled report. The full-size run is the same code with {@code --scale 1}.
 */
@ExtendWith(Suite.class)
class DemoDataIT {

    @Test
    void theDashboardShowsExactlyTheFiguresTheLoaderReproduced() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DemoLoader loader = new DemoLoader(new DemoLoader.Options(Suite.get().gateway(), Suite.BOOTSTRAP_CLIENT_ID,
                Suite.get().bootstrapSecret, "140000", 2026, 0.02, 2, 7),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        boolean match = loader.run();

        System.out.println(printed.toString(StandardCharsets.UTF_8));
        assertTrue(match, "the dashboard differs from the report:\n" + printed.toString(StandardCharsets.UTF_8));
    }
}
