package dev.resume.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The resident renderer: a per-user process that runs the commands its clients would have run
 * in-process, one thread a request, so that every render after the first skips the JVM's start
 * and its warm-up (a warm render takes tens of milliseconds, a cold one a second).
 *
 * <p>It listens on a Unix-domain socket in the user's private {@link RuntimeDirectory}, and
 * serves only peers of its own user. The socket's name carries the build (the launcher's size
 * and time, the Java), the umask and the locale: a rebuilt tool asks a socket no old server
 * holds; the old one sees its launcher changed and exits, as it does after an idle time.
 */
public final class Server {
    /**
     * @param socket the socket's path, inside the runtime folder
     * @param launcher the launcher file whose size and time are the build, or null (tests)
     * @param idle how long without a request before it exits
     * @param commands the commands it runs; others are not served (the client runs them in-process)
     */
    public record Config(Path socket, Path launcher, Duration idle, Set<String> commands) {
        public Config {
            Objects.requireNonNull(socket);
            commands = Set.copyOf(commands);
        }
    }

    /** What the locale and time zone come from: a client whose differ is not served. */
    private static final List<String> PROCESS_WIDE = List.of("LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_TIME", "TZ");

    private final Config config;
    private final Request.Handler handler;
    private final long started = System.nanoTime();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Map<String, String> ownEnvironment;
    private UserPrincipal owner;
    private int umask;
    private ServerSocketChannel listener;
    private FileChannel lockFile;
    private FileLock lock;
    private Object socketKey;
    private String launcherStamp;

    private Server(Config config, Request.Handler handler, Map<String, String> ownEnvironment) {
        this.config = config;
        this.handler = handler;
        this.ownEnvironment = ownEnvironment;
    }

    /**
     * Binds the socket and starts serving on threads of its own; null when another server already
     * holds this socket (its lock), which is no error: that one serves.
     */
    public static Server start(Config config, Request.Handler handler) throws IOException {
        Server s = new Server(config, handler, System.getenv());
        return s.bind() ? s : null;
    }

    private boolean bind() throws IOException {
        Path dir = config.socket().toAbsolutePath().getParent();
        owner = RuntimeDirectory.ensure(dir);
        umask = RuntimeDirectory.umask(dir);
        launcherStamp = stamp(config.launcher());
        lockFile = FileChannel.open(Path.of(config.socket() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockFile.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by another server in this JVM (tests)
        }
        if (lock == null) {
            lockFile.close();
            return false;
        }
        // The lock is ours, so a socket file left there is a dead server's.
        Files.deleteIfExists(config.socket());
        listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(config.socket()));
        socketKey = key(config.socket());
        Thread accept = new Thread(this::acceptLoop, "resume-server-accept");
        accept.start();
        Thread monitor = new Thread(this::monitor, "resume-server-monitor");
        monitor.setDaemon(true);
        monitor.start();
        return true;
    }

    /** The umask this server's files are made under; a client's must be the same. */
    public int umask() {
        return umask;
    }

    public Path socket() {
        return config.socket();
    }

    /** Blocks until the server has stopped. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    /** Stops accepting, lets the running requests finish (a minute at most), removes the socket. */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // Closed already.
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (active.get() > 0 && System.nanoTime() < deadline) {
            sleep(20);
        }
        try {
            // Only the socket bound here: a newer server may have bound its own since.
            if (Objects.equals(key(config.socket()), socketKey)) {
                Files.deleteIfExists(config.socket());
                // Removed while held: the next server makes a new one, and a build's lock files do not pile up.
                Files.deleteIfExists(Path.of(config.socket() + ".lock"));
            }
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // Left for the next server, which removes a stale socket under its lock.
        }
        stopped.countDown();
    }

    /**
     * The threads that serve requests, kept between them: what a render caches per thread (the
     * shaped text of each font) is there for the next request, which a thread a request threw
     * away. Platform threads with the launcher's stack size (-Xss4m): deep documents recurse.
     * Daemons, since {@link #stop} waits for the requests themselves.
     */
    private final java.util.concurrent.ExecutorService requests = java.util.concurrent.Executors.newCachedThreadPool(
            new java.util.concurrent.ThreadFactory() {
                private final java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(null, r, "resume-request-" + n.incrementAndGet(), 4L << 20);
                    t.setDaemon(true);
                    return t;
                }
            });

    private void acceptLoop() {
        while (!stopping.get()) {
            SocketChannel ch;
            try {
                ch = listener.accept();
            } catch (IOException e) {
                break;
            }
            lastActivity.set(System.nanoTime());
            active.incrementAndGet();
            requests.execute(() -> serve(ch));
        }
        stop();
    }

    private void serve(SocketChannel ch) {
        try (ch) {
            UnixDomainPrincipal peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (peer == null || !owner.equals(peer.user())) {
                return;
            }
            AtomicBoolean requestRead = new AtomicBoolean();
            // A peer that connects and says nothing is dropped, rather than holding a thread.
            Thread.ofVirtual().start(() -> {
                sleep(10_000);
                if (!requestRead.get()) {
                    closeQuietly(ch);
                }
            });
            ByteBuffer magic = ByteBuffer.allocate(4);
            Protocol.readFully(ch, magic);
            if (!magic.equals(ByteBuffer.wrap(Protocol.MAGIC))) {
                return;
            }
            byte kind = Protocol.readByte(ch);
            switch (kind) {
                case Protocol.RUN -> run(ch, requestRead);
                case Protocol.STATUS -> {
                    requestRead.set(true);
                    reply(ch, status());
                }
                case Protocol.QUIT -> {
                    requestRead.set(true);
                    reply(ch, "resume server " + ProcessHandle.current().pid() + " stopping\n");
                    Thread.ofPlatform().start(this::stop);
                }
                default -> { }
            }
        } catch (IOException e) {
            // The client went away: nothing to tell it.
        } finally {
            active.decrementAndGet();
            lastActivity.set(System.nanoTime());
        }
    }

    private void reply(SocketChannel ch, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Protocol.writeFrame(ch, Protocol.ACCEPTED, b, 0, 0);
        Protocol.writeFrame(ch, Protocol.OUT, b, 0, b.length);
        Protocol.writeFrame(ch, Protocol.EXIT, new byte[4], 0, 4);
    }

    private void run(SocketChannel ch, AtomicBoolean requestRead) throws IOException {
        int[] budget = {Protocol.MAX_REQUEST};
        int clientUmask = Protocol.readInt(ch);
        int terminals = Protocol.readInt(ch);
        String cwd = Protocol.readString(ch, budget);
        List<String> args = Protocol.readStrings(ch, budget);
        Map<String, String> env = new HashMap<>();
        for (String v : Protocol.readStrings(ch, budget)) {
            int eq = v.indexOf('=');
            if (eq > 0) {
                env.putIfAbsent(v.substring(0, eq), v.substring(eq + 1));
            }
        }
        requestRead.set(true);
        String refusal = refusal(args, clientUmask, cwd, env);
        if (refusal != null) {
            byte[] b = refusal.getBytes(StandardCharsets.UTF_8);
            Protocol.writeFrame(ch, Protocol.NOT_SERVED, b, 0, b.length);
            return;
        }
        Protocol.writeFrame(ch, Protocol.ACCEPTED, new byte[0], 0, 0);
        Object lock = new Object();
        OutputStream out = new Protocol.FrameStream(ch, lock, Protocol.OUT);
        OutputStream err = new Protocol.FrameStream(ch, lock, Protocol.ERR);
        ClientFileSystem files = new ClientFileSystem(Path.of(cwd), out);
        Thread worker = Thread.currentThread();
        AtomicBoolean done = new AtomicBoolean();
        // After its request a client sends nothing: a byte or the end of the connection is a
        // Ctrl-C or a death, and cancels this render, and only this one.
        Thread.ofVirtual().start(() -> {
            try {
                ch.read(ByteBuffer.allocate(1));
            } catch (IOException e) {
                // Closed: by us when done, or by the client.
            }
            synchronized (done) {
                if (!done.get()) {
                    files.close();
                    cancelled.incrementAndGet();
                    worker.interrupt();
                }
            }
        });
        int code;
        try {
            code = handler.handle(new Request(args, files, env, out, err, terminals));
        } catch (Exception | Error e) {
            // The handler reports its own errors; this is a failure around it.
            new PrintStream(err, true, StandardCharsets.UTF_8).println("resume: internal error in the server: " + e);
            code = 3;
        } finally {
            synchronized (done) {
                done.set(true);
            }
            Thread.interrupted();
        }
        served.incrementAndGet();
        if (files.isOpen()) {
            synchronized (lock) {
                Protocol.writeFrame(ch, Protocol.EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
            }
        }
    }

    /** Why a request is left to the client to run in-process, or null when it is served. */
    private String refusal(List<String> args, int clientUmask, String cwd, Map<String, String> env) {
        if (stopping.get()) {
            return "stopping";
        }
        if (args.isEmpty() || !config.commands().contains(args.getFirst())) {
            return "not a command the server runs";
        }
        if (args.contains("--profile")) {
            // Its timings go to the process's standard error, which is not the client's.
            return "--profile runs in-process";
        }
        if (clientUmask != umask) {
            return String.format(Locale.ROOT, "umask %03o, not the server's %03o", clientUmask, umask);
        }
        for (String name : PROCESS_WIDE) {
            if (!Objects.equals(env.get(name), ownEnvironment.get(name))) {
                return name + " differs from the server's";
            }
        }
        if (!Path.of(cwd).isAbsolute() || !Files.isDirectory(Path.of(cwd))) {
            return "no working directory";
        }
        return null;
    }

    /** {@code resume server status}: what it is and what it costs. */
    String status() {
        Runtime rt = Runtime.getRuntime();
        long up = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long heapUsed = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return String.format(Locale.ROOT, "resume server: pid %d, up %d min %d s, %d request%s served (%d running, %d cancelled)%n"
                + "memory: heap %d MB used of %d MB (at most %d MB), resident %s%n"
                + "socket: %s%nexits after %d min idle, or when %s changes%n",
                ProcessHandle.current().pid(), up / 60, up % 60, served.get(), served.get() == 1 ? "" : "s",
                Math.max(0, active.get() - 1), cancelled.get(), heapUsed, rt.totalMemory() >> 20, rt.maxMemory() >> 20,
                residentMemory(), config.socket(), config.idle().toMinutes(),
                config.launcher() == null ? "its socket" : config.launcher());
    }

    /** The process's resident set (VmRSS), where /proc says it. */
    private static String residentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb >> 10) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux.
        }
        return "unknown";
    }

    /** Exits when idle, when the build it runs is gone (a rebuilt or removed launcher), or when its socket is. */
    private void monitor() {
        long period = Math.max(50, Math.min(config.idle().toMillis() / 4, 5_000));
        while (!stopping.get()) {
            sleep(period);
            boolean idle = active.get() == 0 && System.nanoTime() - lastActivity.get() > config.idle().toNanos();
            boolean rebuilt = config.launcher() != null && !Objects.equals(stamp(config.launcher()), launcherStamp);
            boolean unbound = !Objects.equals(key(config.socket()), socketKey);
            if (idle || rebuilt || unbound) {
                stop();
            }
        }
    }

    /** A file's size and time, as the launcher's identity: null when it is missing. */
    private static String stamp(Path file) {
        if (file == null) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "." + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // Closed already.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
