package org.policymonitor.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports held the way another process on the machine (a second test suite) would hold them, until closed. */
final class TakenPorts implements AutoCloseable {

    private final List<ServerSocket> sockets = new ArrayList<>();

    void take(int port) throws IOException {
        sockets.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket socket : sockets) {
            socket.close();
        }
    }
}
