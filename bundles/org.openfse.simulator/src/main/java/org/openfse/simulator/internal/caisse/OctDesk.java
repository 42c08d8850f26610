package org.openfse.simulator.internal.caisse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openfse.simulator.ReplyFile;

/**
 * The concentrator side of docs/oct-protocol.md on loopback (JDK HTTP server, free port): a lot
 * {@code PUT} is examined by the {@link Caisse} before the answer, so its ARL is waiting in
 * {@code returns} as soon as the {@code PUT} returns.
 */
public final class OctDesk implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");
    private static final String BASE = "/openfse-oct/v1/";

    private final Caisse caisse;
    private final String authorization;
    private final HttpServer server;
    private final Map<String, byte[]> lots = new LinkedHashMap<>();
    private final Map<String, byte[]> returns = new LinkedHashMap<>();

    public OctDesk(Caisse caisse, String user, String password) throws IOException {
        this.caisse = caisse;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE, this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, null);
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            String method = exchange.getRequestMethod();
            if (method.equals("PUT") && path.startsWith("lots/")) {
                put(exchange, path.substring(5), body);
            } else if (method.equals("GET") && path.equals("returns")) {
                StringBuilder listing = new StringBuilder();
                synchronized (this) {
                    returns.forEach((name, content) -> listing.append(name).append(' ').append(content.length).append(' ')
                            .append(Caisse.sha256(content)).append('\n'));
                }
                answer(exchange, 200, listing.toString().getBytes(StandardCharsets.US_ASCII));
            } else if (method.equals("GET") && path.startsWith("returns/")) {
                byte[] content;
                synchronized (this) {
                    content = returns.get(path.substring(8));
                }
                if (content == null) {
                    answer(exchange, 404, null);
                } else {
                    exchange.getResponseHeaders().add("X-OpenFSE-SHA256", Caisse.sha256(content));
                    answer(exchange, 200, content);
                }
            } else if (method.equals("DELETE") && path.startsWith("returns/")) {
                boolean removed;
                synchronized (this) {
                    removed = returns.remove(path.substring(8)) != null;
                }
                answer(exchange, removed ? 204 : 404, null);
            } else {
                answer(exchange, 405, null);
            }
        }
    }

    private void put(HttpExchange exchange, String name, byte[] body) throws IOException {
        if (!NAME.matcher(name).matches() || !Caisse.sha256(body).equals(exchange.getRequestHeaders().getFirst("X-OpenFSE-SHA256"))
                || exchange.getRequestHeaders().getFirst("X-OpenFSE-Destination") == null) {
            answer(exchange, 400, null);
            return;
        }
        int status;
        synchronized (this) {
            byte[] known = lots.get(name);
            if (known != null && !Arrays.equals(known, body)) {
                answer(exchange, 409, null);
                return;
            }
            status = known == null ? 201 : 200;
            lots.put(name, body);
        }
        if (status == 201) {
            for (ReplyFile reply : caisse.receive(name, "oct", body)) {
                synchronized (this) {
                    returns.put(reply.name(), reply.content());
                }
            }
        }
        caisse.answered();
        answer(exchange, status, null);
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
