package org.fraudlink.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.security.Divisions;

/** One identifier written many ways normalises to one value; reference data answers for region codes. */
class IdentifiersTest {

    @Test
    void aPhoneWrittenFourWaysIsOne() {
        for (String written : List.of("+86 138-0013-8000", "0086 13800138000", "138 0013 8000", "8613800138000",
                "(138) 0013-8000")) {
            assertEquals("13800138000", Identifiers.normalise(IdentifierKind.PHONE, written), written);
        }
    }

    @Test
    void accountsKeepOnlyDigits() {
        assertEquals("6222020200112233445",
                Identifiers.normalise(IdentifierKind.BANK_ACCOUNT, " 6222 0202-0011 2233 445 "));
        assertThrows(IllegalArgumentException.class,
                () -> Identifiers.normalise(IdentifierKind.BANK_ACCOUNT, "62220A0200112233"));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.normalise(IdentifierKind.PAYMENT_ACCOUNT, "12"));
    }

    @Test
    void domainsAreLowercasedAndIdnaEncoded() {
        assertEquals("example.com", Identifiers.normalise(IdentifierKind.DOMAIN, "https://Example.COM/login?x=1"));
        assertEquals("xn--fsqu00a.xn--fiqs8s", Identifiers.normalise(IdentifierKind.DOMAIN, "例子.中国"));
        assertEquals("pay.example.cn", Identifiers.normalise(IdentifierKind.DOMAIN, "PAY.example.cn."));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.normalise(IdentifierKind.DOMAIN, "localhost"));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.normalise(IdentifierKind.DOMAIN, "a b.com"));
    }

    @Test
    void imAccountsAreCaseInsensitive() {
        assertEquals("wxid_abc123", Identifiers.normalise(IdentifierKind.IM_ACCOUNT, " WXID_abc123 "));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.normalise(IdentifierKind.IM_ACCOUNT, "a b"));
    }

    @Test
    void blankIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Identifiers.normalise(IdentifierKind.PHONE, "  "));
        assertThrows(IllegalArgumentException.class, () -> Identifiers.normalise(IdentifierKind.PHONE, "call me"));
    }

    @Test
    void divisionsKnowValidCodesAndTheirChain() {
        assertTrue(Divisions.exists("150102"));
        assertTrue(Divisions.exists("000000"));
        assertFalse(Divisions.exists("150199"));
        assertEquals(List.of("150102", "150100", "150000"),
                Divisions.chain("150102").stream().map(Divisions.Division::code).toList());
        assertEquals("city", Divisions.find("150200").orElseThrow().level());
    }
}
