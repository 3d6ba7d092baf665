package org.fraudlink.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plain rules: ID numbers, masking, duty windows, jurisdiction choice. */
class DomainRulesTest {

    @Test
    void residentIdNumbersAreCheckedByGb11643() {
        assertTrue(ResidentIdNumbers.problem("11010519491231002X").isEmpty()); // the standard's example
        assertTrue(ResidentIdNumbers.problem("11010519491231002x").isEmpty());
        assertEquals("has a wrong check digit", ResidentIdNumbers.problem("110105194912310021").orElseThrow());
        assertEquals("does not hold a valid birth date",
                ResidentIdNumbers.problem("110105194913310025").orElseThrow());
        assertTrue(ResidentIdNumbers.problem("1101051949123100").isPresent());
        assertTrue(ResidentIdNumbers.problem(null).isPresent());
    }

    @Test
    void namesKeepOnlyTheirFirstCharacter() {
        assertEquals("张**", CardSanctions.mask("张三丰"));
        assertEquals("李*", CardSanctions.mask("李四"));
        assertEquals("*", CardSanctions.mask("王"));
    }

    @Test
    void dutyWindowsRunPastMidnightAndEqualTimesMeanAllDay() {
        DutyRoster.Window night = new DutyRoster.Window(LocalTime.of(20, 0), LocalTime.of(8, 0));
        assertTrue(night.covers(LocalTime.of(23, 59)));
        assertTrue(night.covers(LocalTime.of(0, 0)));
        assertFalse(night.covers(LocalTime.of(8, 0)));
        DutyRoster.Window day = new DutyRoster.Window(LocalTime.of(8, 0), LocalTime.of(20, 0));
        assertEquals(List.of(), DutyRoster.uncoveredHours(List.of(day, night)));
        assertEquals(List.of(8), DutyRoster.uncoveredHours(List.of(night,
                new DutyRoster.Window(LocalTime.of(8, 30), LocalTime.of(20, 0)))));
        assertEquals(List.of(), DutyRoster.uncoveredHours(List.of(
                new DutyRoster.Window(LocalTime.of(6, 0), LocalTime.of(6, 0)))));
        assertEquals(24, DutyRoster.uncoveredHours(List.of()).size());
    }

    @Test
    void theHighestUnitOfTheMostSpecificRegionAnswersAndTheChainSkipsSuspendedUnits() {
        List<DirectoryEntry> entries = List.of(
                police("PROVINCE", "150000", null, OrgStatus.ACTIVE),
                police("CITY", "150100", "PROVINCE", OrgStatus.SUSPENDED),
                police("COUNTY", "150102", "CITY", OrgStatus.ACTIVE),
                police("STATION", "150102", "COUNTY", OrgStatus.ACTIVE),
                new DirectoryEntry("BANK", "b", OrgType.BANK, "150102", null, OrgStatus.ACTIVE));
        JurisdictionRule rule = new JurisdictionRule(entries);
        Jurisdiction county = rule.resolve("150102").orElseThrow();
        assertEquals("COUNTY", county.unit().code());
        assertEquals(List.of("COUNTY", "PROVINCE"), county.chain().stream().map(DirectoryEntry::code).toList());
        assertEquals("PROVINCE", rule.resolve("150103").orElseThrow().unit().code());
        assertTrue(rule.resolve("320100").isEmpty());
    }

    private static DirectoryEntry police(String code, String region, String parent, OrgStatus status) {
        return new DirectoryEntry(code, code, OrgType.POLICE, region, parent, status);
    }
}
