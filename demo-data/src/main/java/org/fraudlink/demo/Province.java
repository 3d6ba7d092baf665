package org.fraudlink.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A province's cities and counties, from the GB/T 2260 codes the platform ships ({@code gbt2260-divisions.csv}). */
record Province(String code, String name, List<City> cities) {

    record City(String code, String name, List<String> counties) {
    }

    static Province load(String code) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Province.class.getClassLoader().getResourceAsStream("gbt2260-divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("gbt2260-divisions.csv is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = rows.stream().filter(r -> r[0].equals(code) && r[2].equals("province")).map(r -> r[1])
                .findFirst().orElseThrow(() -> new IllegalArgumentException(code + " is not a province code"));
        List<City> cities = rows.stream().filter(r -> r[2].equals("city") && r[3].equals(code))
                .map(city -> {
                    List<String> counties = rows.stream().filter(r -> r[3].equals(city[0])).map(r -> r[0]).toList();
                    return new City(city[0], city[1], counties.isEmpty() ? List.of(city[0]) : counties);
                })
                .toList();
        if (cities.isEmpty()) {
            throw new IllegalArgumentException(code + " has no cities in the division list");
        }
        return new Province(code, name, cities);
    }
}
