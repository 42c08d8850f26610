package org.openfse.transmission.oct.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.IncomingFileSink;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.TransportException;

/**
 * The client side of the OpenFSE concentrator protocol (docs/oct-protocol.md): {@code PUT lots/{name}}
 * to send, {@code GET returns}, {@code GET returns/{name}}, then {@code DELETE returns/{name}} once
 * the file is stored.
 */
final class OctClient {

    /** Base path of protocol version 1. */
    static final String BASE_PATH = "/openfse-oct/v1/";
    /** Header carrying a file's SHA-256. */
    static final String SHA256_HEADER = "X-OpenFSE-SHA256";
    /** Header carrying a lot's destination organisme. */
    static final String DESTINATION_HEADER = "X-OpenFSE-Destination";
    /** Names the protocol accepts. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

    private static final System.Logger LOG = System.getLogger(OctClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ConcentratorSettings settings;
    private final HttpClient http;
    private final URI base;

    OctClient(ConcentratorSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String host = settings.host().contains(":") && !settings.host().startsWith("[") ? "[" + settings.host() + "]"
                : settings.host();
        this.base = URI.create((settings.secure() ? "https" : "http") + "://" + host + ":" + settings.port() + BASE_PATH);
    }

    void send(OutgoingFile file) throws TransportException {
        if (!NAME.matcher(file.name()).matches()) {
            throw new IllegalArgumentException("file name not allowed by the OCT protocol: " + file.name());
        }
        byte[] content = file.content();
        HttpRequest request = request("lots/" + file.name()).header(SHA256_HEADER, sha256(content))
                .header(DESTINATION_HEADER, file.destination().replaceAll("[^0-9A-Za-z ]", ""))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(), file.name());
        int status = response.statusCode();
        if (status == 201 || status == 200) {
            LOG.log(System.Logger.Level.INFO, "oct " + settings.id() + ": sent " + file.name() + " (" + content.length
                    + " bytes), HTTP " + status + (status == 200 ? " (already there)" : ""));
            return;
        }
        LOG.log(System.Logger.Level.ERROR, "oct " + settings.id() + ": PUT " + file.name() + " answered HTTP " + status
                + ": " + response.body());
        throw failure(status, file.name());
    }

    /**
     * Hands every waiting return to the sink; with {@code acknowledge}, deletes each one on the
     * concentrator after the sink stored it.
     */
    int receive(IncomingFileSink sink, boolean acknowledge) throws TransportException {
        HttpResponse<String> listing = exchange(request("returns").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII), "");
        if (listing.statusCode() != 200) {
            throw failure(listing.statusCode(), "returns");
        }
        int count = 0;
        for (String line : listing.body().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split(" ");
            String name = parts[0];
            if (parts.length != 3 || !NAME.matcher(name).matches()) {
                LOG.log(System.Logger.Level.WARNING, "oct " + settings.id() + ": ignoring listing line '" + line + "'");
                continue;
            }
            HttpResponse<byte[]> file = exchange(request("returns/" + name).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray(), name);
            if (file.statusCode() == 404) {
                continue;
            }
            if (file.statusCode() != 200) {
                throw failure(file.statusCode(), name);
            }
            byte[] content = file.body();
            if (!sha256(content).equals(parts[2])) {
                LOG.log(System.Logger.Level.ERROR, "oct " + settings.id() + ": " + name + " arrived with SHA-256 "
                        + sha256(content) + ", listed as " + parts[2]);
                throw new TransportException(Messages.format(Locale.FRENCH, "corrupted", settings.name(), name), true,
                        null);
            }
            try {
                sink.accept(new IncomingFile(name, settings.id(), Instant.now(), content));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "oct " + settings.id() + ": could not store " + name
                        + "; it stays at the concentrator", e);
                throw new TransportException(e.getMessage() == null ? name : e.getMessage(), true, e);
            }
            count++;
            if (acknowledge) {
                HttpResponse<String> deleted = exchange(request("returns/" + name).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString(), name);
                if (deleted.statusCode() != 204 && deleted.statusCode() != 200 && deleted.statusCode() != 404) {
                    throw failure(deleted.statusCode(), name);
                }
            }
        }
        LOG.log(System.Logger.Level.INFO, "oct " + settings.id() + ": received " + count + " file(s)");
        return count;
    }

    private HttpRequest.Builder request(String path) {
        String[] segments = path.split("/", 2);
        String encoded = segments.length == 1 ? segments[0]
                : segments[0] + "/" + URLEncoder.encode(segments[1], StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(encoded)).timeout(TIMEOUT);
        if (!settings.user().isEmpty()) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler, String what)
            throws TransportException {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "oct " + settings.id() + ": " + request.method() + " " + request.uri()
                    + " failed: " + e);
            throw new TransportException(Messages.format(Locale.FRENCH, "unreachable", settings.name(),
                    base.getHost() + ":" + base.getPort()), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Messages.format(Locale.FRENCH, "unreachable", settings.name(), what), true, e);
        }
    }

    private TransportException failure(int status, String name) {
        if (status == 401 || status == 403) {
            return new TransportException(Messages.format(Locale.FRENCH, "auth.failed", settings.name()), false, null);
        }
        if (status == 409) {
            return new TransportException(Messages.format(Locale.FRENCH, "conflict", settings.name(), name), false, null);
        }
        if (status >= 500) {
            return new TransportException(Messages.format(Locale.FRENCH, "server.error", settings.name(),
                    String.valueOf(status)), true, null);
        }
        return new TransportException(Messages.format(Locale.FRENCH, "refused", settings.name(), name,
                String.valueOf(status)), false, null);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: the files a listing names. */
    static List<String> names(String listing) {
        List<String> names = new ArrayList<>();
        for (String line : listing.split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip().split(" ")[0]);
            }
        }
        return names;
    }
}
