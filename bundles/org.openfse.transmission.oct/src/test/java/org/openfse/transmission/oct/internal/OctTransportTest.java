package org.openfse.transmission.oct.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.TransportException;

/**
 * The client against a small server written here from docs/oct-protocol.md (not from the client):
 * it records what it gets and answers the statuses of the specification.
 */
class OctTransportTest {

    private static final byte[] LOT = "000TP lot bytes".getBytes(StandardCharsets.US_ASCII);

    private HttpServer server;
    private final Map<String, byte[]> lots = new LinkedHashMap<>();
    private final Map<String, String> destinations = new HashMap<>();
    private final Map<String, byte[]> returns = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private volatile int forcedStatus;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/openfse-oct/v1/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/openfse-oct/v1/".length());
        requests.add(exchange.getRequestMethod() + " " + path);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Basic " + Base64.getEncoder().encodeToString("opticien42:pw".getBytes(StandardCharsets.UTF_8))).equals(auth)) {
            answer(exchange, 401, new byte[0]);
            return;
        }
        if (forcedStatus != 0) {
            answer(exchange, forcedStatus, new byte[0]);
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                String name = path.substring("lots/".length());
                byte[] known = lots.get(name);
                if (!sha(body).equals(exchange.getRequestHeaders().getFirst("X-OpenFSE-SHA256"))) {
                    answer(exchange, 400, new byte[0]);
                } else if (known == null) {
                    lots.put(name, body);
                    destinations.put(name, exchange.getRequestHeaders().getFirst("X-OpenFSE-Destination"));
                    answer(exchange, 201, new byte[0]);
                } else {
                    answer(exchange, java.util.Arrays.equals(known, body) ? 200 : 409, new byte[0]);
                }
            }
            case "GET" -> {
                if (path.equals("returns")) {
                    StringBuilder listing = new StringBuilder();
                    returns.forEach((name, content) -> listing.append(name).append(' ').append(content.length).append(' ')
                            .append(sha(content)).append('\n'));
                    answer(exchange, 200, listing.toString().getBytes(StandardCharsets.US_ASCII));
                } else {
                    byte[] content = returns.get(path.substring("returns/".length()));
                    answer(exchange, content == null ? 404 : 200, content == null ? new byte[0] : content);
                }
            }
            case "DELETE" -> answer(exchange, returns.remove(path.substring("returns/".length())) == null ? 404 : 204, null);
            default -> answer(exchange, 405, new byte[0]);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String sha(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OctTransport transport(String password, boolean teletransmission) throws InvalidSettingsException {
        Map<String, Object> values = new HashMap<>();
        values.put("id", "areasante");
        values.put("name", "AreaSante");
        values.put("teletransmission", teletransmission);
        values.put("host", "127.0.0.1");
        values.put("port", server.getAddress().getPort());
        values.put("secure", false);
        values.put("user", "opticien42");
        values.put("password", password);
        return new OctTransport(ConcentratorSettings.from(ConfigProxy.of(ConcentratorConfig.class, values)));
    }

    @Test
    void sendingTwiceTheSameFileStoresItOnce() throws Exception {
        OctTransport transport = transport("pw", true);

        transport.send(new OutgoingFile("L025.B2", "01 349", LOT));
        transport.send(new OutgoingFile("L025.B2", "01 349", LOT));

        assertEquals("areasante", transport.id());
        assertEquals(List.of("L025.B2"), List.copyOf(lots.keySet()));
        assertArrayEquals(LOT, lots.get("L025.B2"));
        assertEquals("01 349", destinations.get("L025.B2"));
    }

    @Test
    void anotherFileUnderAKnownNameIsAConflictNotToRetry() throws Exception {
        OctTransport transport = transport("pw", true);
        transport.send(new OutgoingFile("L025.B2", "01 349", LOT));

        TransportException e = assertThrows(TransportException.class,
                () -> transport.send(new OutgoingFile("L025.B2", "01 349", "other".getBytes(StandardCharsets.US_ASCII))));
        assertFalse(e.retryable());
        assertEquals("Le concentrateur AreaSante a déjà reçu un autre fichier nommé L025.B2 : le lot doit être refait.",
                e.getMessage());
    }

    @Test
    void returnsAreDeletedOnlyAfterTheSinkStoredThem() throws Exception {
        returns.put("L025.B2.ARL", "ARLP".getBytes(StandardCharsets.US_ASCII));
        returns.put("RSP1.NOE", "000".getBytes(StandardCharsets.US_ASCII));
        OctTransport transport = transport("pw", true);

        assertEquals(2, transport.receive().size(), "peeking");
        assertEquals(2, returns.size(), "peeking deletes nothing");

        List<String> stored = new ArrayList<>();
        TransportException e = assertThrows(TransportException.class, () -> transport.receive(file -> {
            if (file.name().equals("RSP1.NOE")) {
                throw new IOException("disque plein");
            }
            stored.add(file.name());
        }));
        assertTrue(e.retryable());
        assertEquals(List.of("L025.B2.ARL"), stored);
        assertEquals(List.of("RSP1.NOE"), List.copyOf(returns.keySet()));

        List<IncomingFile> rest = new ArrayList<>();
        assertEquals(1, transport.receive(rest::add));
        assertEquals("areasante", rest.get(0).origin());
        assertArrayEquals("000".getBytes(StandardCharsets.US_ASCII), rest.get(0).content());
        assertTrue(returns.isEmpty());
        assertTrue(requests.contains("DELETE returns/L025.B2.ARL"));
    }

    @Test
    void refusedAccountAndDisabledTeletransmissionAreNotRetryable() throws Exception {
        TransportException auth = assertThrows(TransportException.class,
                () -> transport("wrong", true).send(new OutgoingFile("L1.B2", "01 349", LOT)));
        assertFalse(auth.retryable());
        assertEquals("Le concentrateur AreaSante a refusé l'identifiant ou le mot de passe.", auth.getMessage());

        TransportException off = assertThrows(TransportException.class,
                () -> transport("pw", false).send(new OutgoingFile("L1.B2", "01 349", LOT)));
        assertFalse(off.retryable());
        assertTrue(lots.isEmpty());
    }

    @Test
    void serverErrorsAndSilenceAreRetryable() throws Exception {
        OctTransport transport = transport("pw", true);
        forcedStatus = 503;
        assertTrue(assertThrows(TransportException.class, () -> transport.send(new OutgoingFile("L1.B2", "01 349", LOT)))
                .retryable());
        server.stop(0);
        TransportException silent = assertThrows(TransportException.class, () -> transport.receive(file -> {
        }));
        assertTrue(silent.retryable());
        assertTrue(silent.getMessage().startsWith("Le concentrateur AreaSante ne répond pas"), silent.getMessage());
    }
}
