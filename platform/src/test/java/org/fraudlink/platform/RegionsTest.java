package org.fraudlink.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Regions;

/** The jurisdiction prefix rule of the contract. */
class RegionsTest {

    @Test
    void provinceCoversItsCitiesAndDistricts() {
        assertTrue(Regions.covers("150000", "150100"));
        assertTrue(Regions.covers("150000", "150102"));
        assertTrue(Regions.covers("150000", "150000"));
        assertFalse(Regions.covers("150000", "110000"));
    }

    @Test
    void cityCoversItsDistrictsButNotItsNeighbours() {
        assertTrue(Regions.covers("150100", "150102"));
        assertFalse(Regions.covers("150100", "150200"));
        assertFalse(Regions.covers("150100", "150000"));
    }

    @Test
    void countryCoversEverything() {
        assertTrue(Regions.covers("000000", "650102"));
    }

    @Test
    void malformedCodesCoverNothing() {
        assertFalse(Regions.covers("1501", "150102"));
        assertFalse(Regions.covers("150100", "15010x"));
        assertFalse(Regions.covers(null, "150102"));
    }

    @Test
    void levelsAreCountedByPairs() {
        assertEquals(0, Regions.level("000000"));
        assertEquals(1, Regions.level("150000"));
        assertEquals(2, Regions.level("150100"));
        assertEquals(3, Regions.level("150102"));
        assertThrows(IllegalArgumentException.class, () -> Regions.level("15"));
    }

    @Test
    void callerCoversByItsRegionClaim() {
        Caller baotou = new Caller("o", Set.of("police"), "BAOTOU-PSB", "POLICE", "150200");
        assertTrue(baotou.covers("150203"));
        assertFalse(baotou.covers("150102"));
        assertEquals("1502", baotou.regionPrefix());
        Caller noRegion = new Caller("o", Set.of("partner"), "BANK", "BANK", null);
        assertFalse(noRegion.covers("150102"));
    }
}
