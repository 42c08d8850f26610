package org.openfse.transmission.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routes of the practice setting {@code transport.routes}: the longest prefix of the destination's digits wins. */
class RouteTableTest {

    @Test
    void longestPrefixWinsAndSpacesOfTheDestinationAreIgnored() {
        RouteTable table = RouteTable.parse("01=mail;01349=areasante;02=sicorfe");

        assertEquals(Optional.of("areasante"), table.lookup("01 349"));
        assertEquals(Optional.of("areasante"), table.lookup("013490000"));
        assertEquals(Optional.of("mail"), table.lookup("01 999"));
        assertEquals(Optional.of("sicorfe"), table.lookup("02 349"));
        assertEquals(Optional.empty(), table.lookup("03 349"));
    }

    @Test
    void badPairsAreIgnoredAndTheFormatRoundTrips() {
        RouteTable table = RouteTable.parse(" 01 = mail ;x=oct;1=short;0134567890=toolong;02=;=mail;02349=areasante");

        assertEquals(Map.of("01", "mail", "02349", "areasante"), table.asMap());
        assertEquals("01=mail;02349=areasante", table.format());
        assertEquals(table.asMap(), RouteTable.parse(table.format()).asMap());
    }

    @Test
    void settingAndRemovingARoute() {
        RouteTable table = RouteTable.parse(null).with("01349", "mail");
        assertEquals("01349=mail", table.format());
        assertNull(table.with("01349", null).format(), "no route: the setting is removed");
        assertTrue(RouteTable.validPrefix("01"));
        assertFalse(RouteTable.validPrefix("1"));
        assertFalse(RouteTable.validPrefix("01A"));
    }
}
