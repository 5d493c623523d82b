package dev.resume.server;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes between a client (src/main/c/resume-client.c, or {@link ServerClient}) and the
 * server, all integers big-endian, strings an int length and UTF-8:
 * <pre>
 * request:  "RSM1", a kind byte: 'R' run, 'S' status, 'Q' quit; for 'R': umask, terminals
 *           (bit 0 stdin, 1 stdout, 2 stderr), working directory, argc and the arguments,
 *           envc and the variables as NAME=VALUE
 * replies:  frames of a type byte, an int length, the payload: 'A' accepted (first, at once),
 *           'N' not served (the client runs in-process), 'O' standard output, 'E' standard
 *           error, 'X' the exit code (an int; last)
 * </pre>
 * After its request the client sends nothing: a byte, or the connection closing, cancels.
 */
final class Protocol {
    private Protocol() {}

    static final byte[] MAGIC = "RSM1".getBytes(StandardCharsets.US_ASCII);
    static final byte RUN = 'R';
    static final byte STATUS = 'S';
    static final byte QUIT = 'Q';
    static final byte ACCEPTED = 'A';
    static final byte NOT_SERVED = 'N';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';

    /** The most a request may hold: arguments and environment, never a file. */
    static final int MAX_REQUEST = 4 << 20;

    static void readFully(ReadableByteChannel in, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw new EOFException("the connection closed");
            }
        }
        b.flip();
    }

    static int readInt(ReadableByteChannel in) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4);
        readFully(in, b);
        return b.getInt();
    }

    static byte readByte(ReadableByteChannel in) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1);
        readFully(in, b);
        return b.get();
    }

    static String readString(ReadableByteChannel in, int[] budget) throws IOException {
        int n = readInt(in);
        budget[0] -= Math.max(n, 0) + 4;
        if (n < 0 || budget[0] < 0) {
            throw new IOException("request too large");
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        readFully(in, b);
        return StandardCharsets.UTF_8.decode(b).toString();
    }

    static List<String> readStrings(ReadableByteChannel in, int[] budget) throws IOException {
        int n = readInt(in);
        if (n < 0 || n > 100_000) {
            throw new IOException("request too large");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString(in, budget));
        }
        return out;
    }

    /** Writes one frame; callers that share a channel hold its lock. */
    static void writeFrame(WritableByteChannel out, byte type, byte[] payload, int off, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(5 + len);
        b.put(type).putInt(len).put(payload, off, len).flip();
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    static void writeInt(ByteArrayOutputStream out, int v) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
    }

    static void writeString(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeInt(out, b.length);
        out.writeBytes(b);
    }

    /** A stream of one frame type over a shared channel: each write is a frame. */
    static final class FrameStream extends OutputStream {
        private final WritableByteChannel channel;
        private final Object lock;
        private final byte type;

        FrameStream(WritableByteChannel channel, Object lock, byte type) {
            this.channel = channel;
            this.lock = lock;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            synchronized (lock) {
                writeFrame(channel, type, b, off, len);
            }
        }
    }
}
