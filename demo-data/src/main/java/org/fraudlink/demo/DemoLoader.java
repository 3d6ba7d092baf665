package org.fraudlink.demo;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the demo dataset through the public API only, as partner clients would: the joint-meeting office's bootstrap
 * token makes the province's police units and partners and their API clients; with their own tokens the bureaus
 * record cases, suspects, gangs and dens and put card sellers on the sanction list, the partners push their warning
 * leads, and the banks execute the bureaus' stop-payments. Then it reads the dashboard and compares it with the
 * report, figure by figure. Run it with {@code bin/fraudlink-demo}; options in {@link Options}.
 */
public final class DemoLoader {

    private final Options options;
    private final PrintStream out;

    public DemoLoader(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(new DemoLoader(options, System.out).run() ? 0 : 1);
        } catch (FraudlinkClient.DemoException e) {
            System.err.println("\nThe demo data could not be loaded: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Loads everything and answers whether the dashboard shows the report's figures. */
    public boolean run() {
        PressRelease figures = PressRelease.JANUARY_TO_JULY.scaled(options.scale());
        Province province = Province.load(options.province());
        Period period = Period.januaryToJuly(options.year());
        FraudlinkClient client = new FraudlinkClient(URI.create(options.gateway()));
        FraudlinkClient.Session office = client.session(options.clientId(), options.clientSecret());
        Random random = new Random(options.seed());

        out.printf("Loading the %s report (%s to %s, scale %s) through %s%n", province.name(), period.from(),
                period.to(), options.scale(), options.gateway());
        if (office.get("/api/v1/registry/orgs/" + DemoCoalition.departmentCode(province)) != null) {
            out.println("  the demo organisations already exist: the data is loaded; showing the dashboard");
            return check(figures, province, period, DemoCoalition.newTaskForceClient(client, office, province));
        }

        Progress organisations = new Progress(out, "organisations and clients",
                DemoCoalition.organisationCount(province));
        DemoCoalition coalition = DemoCoalition.register(client, office, province, organisations);
        organisations.finish();

        List<CaseLoader.CaseSpec> plan = CaseLoader.plan(figures, province, period, random);
        List<CaseLoader.MadeCase> made = new ArrayList<>(java.util.Collections.nCopies(plan.size(), null));
        inParallel("cases solved", plan.size(), i -> made.set(i,
                CaseLoader.make(plan.get(i), coalition.cityBureaus.get(plan.get(i).city()))));

        List<Province.City> cities = province.cities();
        long sanctionSeed = random.nextLong();
        inParallel("card sellers sanctioned", figures.sanctions(), i -> {
            Province.City city = cities.get(i % cities.size());
            SanctionLoader.sanction(i, city.counties().get(0), coalition.cityBureaus.get(city.code()), period,
                    new Random(sanctionSeed + i));
        });

        List<String> banks = coalition.moneyHolders();
        List<CaseLoader.MadeCase> withLoss = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (!plan.get(i).type().equals("CARD_TRAFFICKING")) {
                withLoss.add(made.get(i));
            }
        }
        inParallel("stop-payments executed", figures.stopPayments(), i -> {
            CaseLoader.MadeCase target = withLoss.get(i % withLoss.size());
            String bank = StopPaymentLoader.bankFor(i, banks);
            StopPaymentLoader.stopAndExecute(i, target, StopPaymentLoader.amountOfOrder(figures, i), bank,
                    coalition.cityBureaus.get(target.city()), sessionOf(coalition, bank), period);
        });

        List<DemoCoalition.Partner> partners = List.copyOf(coalition.partners.keySet());
        int batches = (figures.warnings() + WarningLoader.BATCH - 1) / WarningLoader.BATCH;
        long warningSeed = random.nextLong();
        Progress warnings = new Progress(out, "warnings pushed", figures.warnings());
        inParallel(batches, b -> {
            int first = b * WarningLoader.BATCH;
            int last = Math.min(figures.warnings(), first + WarningLoader.BATCH);
            DemoCoalition.Partner partner = partners.get(b % partners.size());
            WarningLoader.sendBatch(first, last, figures.warnings(), partner, coalition.partners.get(partner),
                    province, period, new Random(warningSeed + b));
            warnings.advance(last - first);
        });
        warnings.finish();

        return check(figures, province, period, coalition.taskForce);
    }

    private static FraudlinkClient.Session sessionOf(DemoCoalition coalition, String code) {
        return coalition.partners.entrySet().stream().filter(e -> e.getKey().code().equals(code))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
    }

    private boolean check(PressRelease figures, Province province, Period period, FraudlinkClient.Session taskForce) {
        out.println("Dashboard for " + province.code() + ", " + period.from() + " to " + period.to() + ":");
        JsonNode dashboard = dashboard(taskForce, province, period);
        boolean match = DashboardCheck.compare(dashboard, figures, out);
        out.println(match ? "Every figure of the report is on the dashboard."
                : "Some figures differ (events may still be in flight: try the dashboard again in a few seconds).");
        return match;
    }

    /** The dashboard, once the events of the load (secured amounts reaching the cases) have settled. */
    static JsonNode dashboard(FraudlinkClient.Session taskForce, Province province, Period period) {
        return taskForce.get("/api/v1/dashboard?region=" + province.code() + "&from=" + period.from() + "&to="
                + period.to());
    }

    private void inParallel(String step, int count, IntConsumer task) {
        Progress progress = new Progress(out, step, count);
        inParallel(count, i -> {
            task.accept(i);
            progress.advance(1);
        });
        progress.finish();
    }

    private void inParallel(int count, IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.accept(index)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new FraudlinkClient.DemoException("interrupted");
        } finally {
            pool.shutdown();
        }
    }

    /** Command-line options; every one has a default but the client's credentials. */
    public record Options(String gateway, String clientId, String clientSecret, String province, int year,
            double scale, int threads, long seed) {

        static final String USAGE = """
                usage: fraudlink-demo [--gateway http://localhost:8080] --client-id ID --client-secret SECRET
                                      [--province 150000] [--year 2026] [--scale 1.0] [--threads 4] [--seed 2585]
                  The client is the joint-meeting office's bootstrap client (FRAUDLINK_BOOTSTRAP_CLIENT_ID/_SECRET).
                  --scale 0.01 loads a hundredth of the report (every figure rounded, at least one of each).""";

        static Options parse(String[] args) {
            String gateway = "http://localhost:8080";
            String clientId = System.getenv("FRAUDLINK_BOOTSTRAP_CLIENT_ID");
            String clientSecret = System.getenv("FRAUDLINK_BOOTSTRAP_CLIENT_SECRET");
            String province = "150000";
            int year = 2026;
            double scale = 1.0;
            int threads = 4;
            long seed = 2585;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i++]) {
                    case "--gateway" -> gateway = value;
                    case "--client-id" -> clientId = value;
                    case "--client-secret" -> clientSecret = value;
                    case "--province" -> province = value;
                    case "--year" -> year = Integer.parseInt(value);
                    case "--scale" -> scale = Double.parseDouble(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
                }
            }
            if (clientId == null || clientSecret == null) {
                throw new IllegalArgumentException("the bootstrap client's id and secret are needed");
            }
            if (scale <= 0 || scale > 1) {
                throw new IllegalArgumentException("--scale must be in (0, 1]");
            }
            return new Options(gateway, clientId, clientSecret, province, year, scale, threads, seed);
        }
    }

}
