package dev.resume.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A client of the {@link Server} in Java: for {@code resume server status|stop} and for tests
 * (the command line's own client is the C program, src/main/c/resume-client.c, which a JVM
 * could not match at start-up).
 */
public final class ServerClient implements AutoCloseable {
    /** What the server's run of a request printed and returned. */
    public record Outcome(int code, byte[] out, byte[] err) {
        public String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        public String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    private final SocketChannel channel;

    private ServerClient(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects, or returns null when nothing listens there. */
    public static ServerClient connect(Path socket) {
        try {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                ch.close();
                return null;
            }
            return new ServerClient(ch);
        } catch (IOException e) {
            return null;
        }
    }

    /** Sends a run request; true once the server accepted it within {@code firstReply}. */
    public boolean send(Path cwd, List<String> args, Map<String, String> env, int umask, int terminals, Duration firstReply)
            throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(Protocol.MAGIC);
        b.write(Protocol.RUN);
        Protocol.writeInt(b, umask);
        Protocol.writeInt(b, terminals);
        Protocol.writeString(b, cwd.toString());
        Protocol.writeInt(b, args.size());
        args.forEach(a -> Protocol.writeString(b, a));
        Protocol.writeInt(b, env.size());
        env.forEach((k, v) -> Protocol.writeString(b, k + "=" + v));
        write(b.toByteArray());
        return firstFrame(firstReply) == Protocol.ACCEPTED;
    }

    /** Sends 'S' or 'Q' and returns the server's text, or null when nothing answered. */
    public String control(boolean stop) throws IOException {
        write(new byte[] {'R', 'S', 'M', '1', stop ? Protocol.QUIT : Protocol.STATUS});
        if (firstFrame(Duration.ofSeconds(5)) != Protocol.ACCEPTED) {
            return null;
        }
        return finish().outText();
    }

    /** Reads the replies to the exit code; -1 when the connection ended first (a crashed server). */
    public Outcome finish() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        while (true) {
            ByteBuffer head = ByteBuffer.allocate(5);
            try {
                Protocol.readFully(channel, head);
            } catch (IOException e) {
                return new Outcome(-1, out.toByteArray(), err.toByteArray());
            }
            byte type = head.get();
            ByteBuffer body = ByteBuffer.allocate(head.getInt());
            Protocol.readFully(channel, body);
            switch (type) {
                case Protocol.OUT -> out.write(body.array(), 0, body.limit());
                case Protocol.ERR -> err.write(body.array(), 0, body.limit());
                case Protocol.EXIT -> {
                    return new Outcome(body.getInt(), out.toByteArray(), err.toByteArray());
                }
                default -> { }
            }
        }
    }

    /** What the client does on Ctrl-C: tells the server, which cancels the render. */
    public void cancel() throws IOException {
        channel.write(ByteBuffer.wrap(new byte[] {'C'}));
        channel.close();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** The first reply's type, or 0 when none came in time (a hung server: it is bypassed). */
    private byte firstFrame(Duration timeout) throws IOException {
        Thread timer = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(timeout.toMillis());
                channel.close();
            } catch (InterruptedException | IOException e) {
                // Answered in time.
            }
        });
        try {
            ByteBuffer head = ByteBuffer.allocate(5);
            Protocol.readFully(channel, head);
            byte type = head.get();
            ByteBuffer body = ByteBuffer.allocate(head.getInt());
            Protocol.readFully(channel, body);
            return type;
        } catch (IOException e) {
            return 0;
        } finally {
            timer.interrupt();
        }
    }
}
