package org.openfse.card.demo.virtual;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The reader side of the vpcd protocol in a test: a server on an ephemeral loopback port that
 * accepts one card and exchanges frames with it, as vpcd does (PCSC-TESTING.md §4).
 */
final class FakeVpcd implements AutoCloseable {

    private final ServerSocket server;
    private Socket card;
    private DataInputStream in;
    private DataOutputStream out;

    FakeVpcd() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(10_000);
    }

    int port() {
        return server.getLocalPort();
    }

    void acceptCard() throws IOException {
        card = server.accept();
        card.setSoTimeout(10_000);
        in = new DataInputStream(card.getInputStream());
        out = new DataOutputStream(card.getOutputStream());
    }

    void send(byte[] payload) throws IOException {
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }

    byte[] receive() throws IOException {
        int length = in.readUnsignedShort();
        return in.readNBytes(length);
    }

    /** -1 when the card closed the connection. */
    int read() throws IOException {
        return in.read();
    }

    @Override
    public void close() throws IOException {
        if (card != null) {
            card.close();
        }
        server.close();
    }
}
