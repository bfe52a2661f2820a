package dozor.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports for servers that must not collide with anything else on the machine. */
public final class FreePorts {

    private FreePorts() {
    }

    /** An ephemeral port that was free a moment ago on the loopback interface. */
    public static int any() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** {@code preferred} if it is free on loopback, else an ephemeral port. */
    public static int preferred(int preferred) {
        if (preferred <= 0) {
            return any();
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), preferred));
            return preferred;
        }
        catch (IOException busy) {
            return any();
        }
    }
}
