package org.buyonce.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports free on this machine right now, for the servers the tests and benchmarks start. */
public final class FreePorts {

    private FreePorts() {
    }

    /** One free port. */
    public static int one() {
        return take(1)[0];
    }

    /**
     * {@code count} different free ports: each is held open until all are chosen, since a port just closed is often the
     * next one the system hands out.
     */
    public static int[] take(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
    }
}
