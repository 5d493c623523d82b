/*
 * resume-client: the resident renderer's client (README, "Speed"). The launcher runs it first
 * for render, validate, deps and convert; it hands the call to this user's server for this
 * build, relays what the server prints and exits with its code, so that a warm call costs a
 * few milliseconds rather than a JVM's start. When nothing answers (no socket, refused, no
 * reply in time, a server that died) it exits with 200 having printed nothing of its own, and
 * the launcher runs the call in-process as before.
 *
 *   resume-client LAUNCHER JAVA [ARG...]   run ARGs on the server for this build
 *   resume-client --path LAUNCHER JAVA     print this build's socket path
 *
 * The socket is DIR/s-HASH.sock, DIR being $XDG_RUNTIME_DIR/resume or $TMPDIR/resume-UID (a
 * folder of this user's, mode 0700, checked before connecting), HASH an FNV-1a hash of the
 * build (the launcher's size and time, the Java's path and its modules file's time) and of what
 * a JVM fixes at its start (umask, locale, time zone): a rebuilt tool or another locale asks a
 * socket no old server holds. Protocol: src/main/java/dev/resume/server/Protocol.java.
 *
 * C99 and POSIX; SO_PEERCRED (Linux) checks the server's uid too where it exists.
 */
#ifdef __linux__
#define _GNU_SOURCE
#else
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

#define FALLBACK 200

extern char **environ;

static volatile sig_atomic_t caught = 0;

static void on_signal(int sig) { caught = sig; }

typedef struct { char *data; size_t len, cap; } buf;

static void put(buf *b, const void *p, size_t n) {
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) exit(FALLBACK);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void put_int(buf *b, uint32_t v) {
    unsigned char c[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16), (unsigned char)(v >> 8), (unsigned char)v};
    put(b, c, 4);
}

static void put_str(buf *b, const char *s) {
    size_t n = strlen(s);
    put_int(b, (uint32_t)n);
    put(b, s, n);
}

static uint64_t fnv_sep(uint64_t h) {
    h ^= '|';
    return h * 1099511628211ULL;
}

static uint64_t fnv(uint64_t h, const char *s) {
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return fnv_sep(h);
}

/* This build's socket path into out; 0 when it cannot be named. */
static int socket_path(const char *launcher, const char *java, char *dir, size_t dn, char *out, size_t on) {
    struct stat st;
    char text[64];
    uint64_t h = 14695981039346656037ULL;
    if (stat(launcher, &st) != 0) return 0;
    snprintf(text, sizeof text, "%lld.%lld", (long long)st.st_size, (long long)st.st_mtime);
    h = fnv(h, text);
    h = fnv(h, java);
    {
        char modules[4096];
        const char *slash = strrchr(java, '/');
        size_t n = slash ? (size_t)(slash - java) : 0;
        if (n + 20 < sizeof modules) {
            memcpy(modules, java, n);
            strcpy(modules + n, "/../lib/modules");
            if (stat(modules, &st) == 0) {
                snprintf(text, sizeof text, "%lld", (long long)st.st_mtime);
                h = fnv(h, text);
            }
        }
    }
    {
        mode_t m = umask(0);
        umask(m);
        snprintf(text, sizeof text, "%03o", (unsigned)m);
        h = fnv(h, text);
    }
    {
        const char *names[] = {"LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_TIME", "TZ"};
        size_t i;
        for (i = 0; i < sizeof names / sizeof names[0]; i++) {
            const char *v = getenv(names[i]);
            h = fnv(h, v ? v : "");
        }
    }
    {
        const char *xdg = getenv("XDG_RUNTIME_DIR");
        struct stat ds;
        if (xdg && xdg[0] == '/' && stat(xdg, &ds) == 0 && S_ISDIR(ds.st_mode)) {
            if ((size_t)snprintf(dir, dn, "%s/resume", xdg) >= dn) return 0;
        } else {
            const char *tmp = getenv("TMPDIR");
            if ((size_t)snprintf(dir, dn, "%s/resume-%lu", tmp && *tmp ? tmp : "/tmp", (unsigned long)getuid()) >= dn) return 0;
        }
    }
    return (size_t)snprintf(out, on, "%s/s-%016llx.sock", dir, (unsigned long long)h) < on;
}

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR && !caught) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Reads n bytes; 1 done, 0 the connection ended, -1 a signal or an error. */
static int read_all(int fd, unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t r = read(fd, p, n);
        if (r == 0) return 0;
        if (r < 0) {
            if (errno == EINTR && !caught) continue;
            return -1;
        }
        p += r;
        n -= (size_t)r;
    }
    return 1;
}

/* Ctrl-C (or a TERM, a HUP): the server cancels that render; exit as the JVM would have. */
static void cancel(int fd) {
    char c = 'C';
    int sig = caught;
    if (write(fd, &c, 1) < 0) { /* gone already */ }
    close(fd);
    _exit(128 + sig);
}

int main(int argc, char **argv) {
    char dir[4096], path[4200];
    int print = argc > 1 && strcmp(argv[1], "--path") == 0;
    int first = print ? 2 : 1;
    struct stat ds;
    struct sockaddr_un addr;
    int fd, i, timeout_ms = 1500;
    buf req = {0};
    unsigned char head[5];
    const char *t = getenv("RESUME_SERVER_TIMEOUT_MS");

    if (argc < first + 2) {
        fprintf(stderr, "usage: resume-client [--path] LAUNCHER JAVA [ARG...]\n");
        return FALLBACK;
    }
    if (!socket_path(argv[first], argv[first + 1], dir, sizeof dir, path, sizeof path)) return FALLBACK;
    if (print) {
        puts(path);
        return 0;
    }
    if (t && atoi(t) > 0) timeout_ms = atoi(t);
    /* Only a folder of this user's that no one else may enter: another's socket is never asked. */
    if (lstat(dir, &ds) != 0 || !S_ISDIR(ds.st_mode) || ds.st_uid != getuid() || (ds.st_mode & 077) != 0) return FALLBACK;
    if (strlen(path) >= sizeof addr.sun_path) return FALLBACK;
    signal(SIGPIPE, SIG_IGN);
    fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0) return FALLBACK;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    strcpy(addr.sun_path, path);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) return FALLBACK;
#ifdef SO_PEERCRED
    {
        struct ucred cred;
        socklen_t len = sizeof cred;
        if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || cred.uid != getuid()) return FALLBACK;
    }
#endif
    {
        char cwd[8192];
        mode_t m = umask(0);
        char **e;
        uint32_t n = 0;
        umask(m);
        if (!getcwd(cwd, sizeof cwd)) return FALLBACK;
        put(&req, "RSM1R", 5);
        put_int(&req, (uint32_t)m);
        put_int(&req, (uint32_t)((isatty(0) ? 1 : 0) | (isatty(1) ? 2 : 0) | (isatty(2) ? 4 : 0)));
        put_str(&req, cwd);
        put_int(&req, (uint32_t)(argc - first - 2));
        for (i = first + 2; i < argc; i++) put_str(&req, argv[i]);
        for (e = environ; *e; e++) n++;
        put_int(&req, n);
        for (e = environ; *e; e++) put_str(&req, *e);
    }
    if (write_all(fd, req.data, req.len) != 0) return FALLBACK;
    {
        /* A hung server is bypassed: the first reply comes at once or not at all. */
        struct pollfd p = {fd, POLLIN, 0};
        int r;
        do { r = poll(&p, 1, timeout_ms); } while (r < 0 && errno == EINTR);
        if (r <= 0 || read_all(fd, head, 5) != 1 || head[0] != 'A') return FALLBACK;
    }
    {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal; /* no SA_RESTART: a read is interrupted */
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGHUP, &sa, NULL);
    }
    for (;;) {
        unsigned char *payload;
        uint32_t len;
        int r = read_all(fd, head, 5);
        if (caught) cancel(fd);
        if (r != 1) return FALLBACK; /* the server died: the launcher renders in-process */
        len = ((uint32_t)head[1] << 24) | ((uint32_t)head[2] << 16) | ((uint32_t)head[3] << 8) | head[4];
        payload = malloc(len ? len : 1);
        if (!payload) return FALLBACK;
        r = read_all(fd, payload, len);
        if (caught) cancel(fd);
        if (r != 1) return FALLBACK;
        if (head[0] == 'O') {
            write_all(1, (char *)payload, len);
        } else if (head[0] == 'E') {
            write_all(2, (char *)payload, len);
        } else if (head[0] == 'X' && len == 4) {
            return (int)(((uint32_t)payload[0] << 24) | ((uint32_t)payload[1] << 16) | ((uint32_t)payload[2] << 8) | payload[3]);
        }
        free(payload);
        if (caught) cancel(fd);
    }
}
